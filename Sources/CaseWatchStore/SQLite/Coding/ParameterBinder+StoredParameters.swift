/// The hot statements' binder takes the parameters the shared encoders give (a notice's columns), bound
/// straight through the C interface.
extension ParameterBinder: StoredParameters {}

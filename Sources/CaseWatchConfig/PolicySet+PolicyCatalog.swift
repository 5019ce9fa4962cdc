import CaseWatchCore

/// A loaded policy directory is the catalog cases are projected under.
extension PolicySet: PolicyCatalog {}

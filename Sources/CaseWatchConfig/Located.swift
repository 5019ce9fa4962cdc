import Yams

/// A value read from a configuration file, with the node it was read from.
struct Located<Value> {
    let value: Value
    let node: Node
}

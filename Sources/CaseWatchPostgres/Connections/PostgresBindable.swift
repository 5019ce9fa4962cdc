import PostgresNIO

/// A value a statement of the PostgreSQL store binds to a `$n` parameter: integers, text, their arrays,
/// and nil (`Optional.none`) as SQL NULL.
protocol PostgresBindable {
    /// Appends the value to `bindings`.
    func bind(into bindings: inout PostgresBindings) throws
}

extension Int64: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Int: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(Int64(self)) }
}

extension String: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Array: PostgresBindable where Element: PostgresBindable & PostgresArrayEncodable {
    func bind(into bindings: inout PostgresBindings) throws { try bindings.append(self) }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) throws {
        switch self {
        case let .some(value): try value.bind(into: &bindings)
        case .none: bindings.appendNull()
        }
    }
}

extension PostgresBindings {
    /// Bindings holding `values` in order.
    init(_ values: [any PostgresBindable]) throws {
        self.init(capacity: values.count)
        for value in values { try value.bind(into: &self) }
    }
}

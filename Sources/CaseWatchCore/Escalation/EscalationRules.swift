/// Escalation rules that hold under every policy.
public enum EscalationRules {
    /// A case reopened this often, or transferred this often, goes straight to leadership: the cycle the
    /// third reopen or transfer starts (and every later one) has its leadership step due at its start.
    public static let repeatThreshold = 3
}

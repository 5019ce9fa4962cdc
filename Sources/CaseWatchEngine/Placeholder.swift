/// The engine's placeholder until its first type lands.

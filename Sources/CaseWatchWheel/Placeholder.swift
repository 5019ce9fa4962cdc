/// The wheel's placeholder until its first type lands.

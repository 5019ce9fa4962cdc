/// The store's placeholder until its first type lands.

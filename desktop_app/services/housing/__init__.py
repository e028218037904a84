"""Housing: the registry of providers and units, offers through their states with their support
instruments, and matching units to young people."""

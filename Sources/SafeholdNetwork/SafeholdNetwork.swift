/// Placeholder: the module is being written.
enum SafeholdNetworkPlaceholder {}

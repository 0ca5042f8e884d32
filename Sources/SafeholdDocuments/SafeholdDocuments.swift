/// Placeholder: the module is being written.
enum SafeholdDocumentsPlaceholder {}

/// Placeholder: the module is being written.
enum SafeholdGuidePlaceholder {}

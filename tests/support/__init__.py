"""What tests share: one home per subject (see each module)."""

"""The first-run setup of a till: the wizard, its pages, and the device checks they run off the UI thread."""

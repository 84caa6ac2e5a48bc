"""The Contacts tab: the contact log and the quick contact note entry."""

"""The Chronology tab (it was the Timeline): every significant event in order, its filters,
adding a significant event by hand, and printing it for an agency through the consent gate."""

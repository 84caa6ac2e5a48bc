"""Laptop replicas in the desktop app: take families offline, bring them back, the team
leader's laptops and check-outs (recall, revoke), and a recalled family's conflicting
versions."""

"""E-mail to focal points: .eml drafts, SMTP sending and the outbox."""

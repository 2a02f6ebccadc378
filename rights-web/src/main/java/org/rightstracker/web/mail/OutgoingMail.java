package org.rightstracker.web.mail;

/** One message to one recipient: the same text as plain text and as HTML. */
public record OutgoingMail(String to, String subject, String text, String html) {}

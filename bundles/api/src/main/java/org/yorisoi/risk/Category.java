package org.yorisoi.risk;

public enum Category { SUICIDAL_IDEATION, SELF_HARM, ABUSE, VIOLENCE, IMMINENT_DANGER }

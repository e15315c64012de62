package nl.wmebv.demosite; /** placeholder */ public final class Placeholder {}

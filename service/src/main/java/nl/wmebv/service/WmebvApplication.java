package nl.wmebv.service; /** placeholder */ public final class WmebvApplication { public static void main(String[] a){} }

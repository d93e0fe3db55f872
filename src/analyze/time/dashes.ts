/**
 * Dashes and hyphens that join the two ends of a range ("2010-2011", "1939–45", "2017- 18"):
 * hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus.
 */
export const DASH_CLASS = '[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]';

/**
 * Methods on time-delay embeddings from the behavioural sciences: LLA (Boker &amp; Nesselroade 2002),
 * GLLA (Boker, Deboeck, Edler &amp; Keel 2010) and GOLD (Deboeck 2010).
 */
package jdelt.interpolation.embedding;

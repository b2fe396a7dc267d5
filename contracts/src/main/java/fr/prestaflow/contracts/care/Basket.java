package fr.prestaflow.contracts.care;

/** 100 % Santé basket: RAC0 (no reste à charge), MODERATE (tarifs maîtrisés), FREE (free prices). */
public enum Basket {
    RAC0, MODERATE, FREE
}

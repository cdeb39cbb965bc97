// SPDX-License-Identifier: Apache-2.0
/* FICTIONAL CASE — every name, address and identifier below is invented (synthetic RPPS 10000000009).
 * The findings an EHR would send, as one JSON string (the format of docs/findings-format.md). */
#ifndef EHR_FINDINGS_EXAMPLE_H
#define EHR_FINDINGS_EXAMPLE_H

static const char kFindingsJson[] =
    "{\"medcert\": 1,"
    " \"author\": {\"civility\": \"madame\", \"title\": \"Docteur\", \"given_name\": \"Claire\","
    "   \"family_name\": \"Martin\", \"profession\": \"medecin\", \"rpps\": \"10000000009\","
    "   \"address\": [\"12 rue des Tilleuls\", \"69003 Lyon\"]},"
    " \"patient\": {\"civility\": \"madame\", \"family_name\": \"Exemple\", \"given_names\": \"Alice\","
    "   \"birth_date\": \"1990-04-12\", \"identity\": \"verified\","
    "   \"identity_document\": \"carte_identite\"},"
    " \"examination\": {\"datetime\": \"2026-11-20T10:15:00+01:00\", \"place_type\": \"cabinet\","
    "   \"place\": \"Cabinet médical des Tilleuls, Lyon\", \"request_mode\": \"demande_spontanee\"},"
    " \"facts\": {\"datetime\": \"2026-11-19T22:00:00+01:00\", \"place\": \"à son domicile\"},"
    " \"declarations\": [\"Il m'a tenue par le bras et poussée contre le mur.\"],"
    " \"complaints\": [\"J'ai mal au bras gauche.\"],"
    " \"lesions\": [{\"type\": \"ecchymose\", \"region\": \"avant_bras\", \"side\": \"gauche\","
    "   \"face\": \"anterieure\", \"size\": {\"length_cm\": 4, \"width_cm\": 2.5}, \"colour\": \"violacee\"}],"
    " \"psychological_state\": \"Voix basse ; pleurs à l'évocation des faits.\","
    " \"functional_impact\": \"Gêne à la mobilisation du membre supérieur gauche.\","
    " \"follow_up_certificate\": false,"
    " \"itt\": {\"mode\": \"fixed\", \"days\": 2},"
    " \"issuance\": {\"datetime\": \"2026-11-20T10:50:00+01:00\", \"place\": \"Lyon\", \"recipient\": \"patient\"}}";

/* The production time the examples fix, so that their PDF is reproducible (2026-11-21T00:00:00Z).
 * A real EHR leaves it unset: the engine then reads the system clock. */
static const long long kProductionTime = 1795219200;

#endif

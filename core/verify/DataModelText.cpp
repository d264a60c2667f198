// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The sentences of the data model validation, one per problem code.
#include "core/verify/DataModelRules.h"

namespace ler::verify::datamodel {

Text problemMessage(const QString& code, const QString& property, const Text& detail)
{
    if (code == QLatin1String("missing"))
        return tx("ler::verify::datamodel", "The required property %1 is missing.").arg(property);
    if (code == QLatin1String("not-url"))
        return tx("ler::verify::datamodel", "%1 must be a URL, but it is \"%2\".").arg(property, detail);
    if (code == QLatin1String("not-single"))
        return tx("ler::verify::datamodel", "%1 must be a single URL, not a list.").arg(property);
    if (code == QLatin1String("not-object"))
        return tx("ler::verify::datamodel", "%1 must be an object, but it is \"%2\".").arg(property, detail);
    if (code == QLatin1String("not-url-or-object"))
        return tx("ler::verify::datamodel", "%1 must be the URL of a context or a context object, but it is \"%2\".")
            .arg(property, detail);
    if (code == QLatin1String("mixed-versions"))
        return tx("ler::verify::datamodel", "%1 mixes the base contexts of VC Data Model 1.1 and 2.0.").arg(property);
    if (code == QLatin1String("not-base-first"))
        return tx(
            "ler::verify::datamodel", "%1 must start with the W3C credentials base context, but it starts with \"%2\".")
            .arg(property, detail);
    if (code == QLatin1String("invalid-type"))
        return tx("ler::verify::datamodel", "%1 must be one or more terms or URLs, but it has \"%2\".")
            .arg(property, detail);
    if (code == QLatin1String("lacks-type"))
        return tx("ler::verify::datamodel", "%1 must include %2.").arg(property, detail);
    if (code == QLatin1String("credential-and-presentation"))
        return tx("ler::verify::datamodel",
            "%1 names both VerifiableCredential and VerifiablePresentation: a document is one or the other.")
            .arg(property);
    if (code == QLatin1String("no-claims"))
        return tx("ler::verify::datamodel", "%1 makes no claim about its subject.").arg(property);
    if (code == QLatin1String("not-datetimestamp"))
        return tx("ler::verify::datamodel",
            "%1 must be a date and time with a time zone (an XML Schema dateTimeStamp), but it is \"%2\".")
            .arg(property, detail);
    if (code == QLatin1String("not-datetime"))
        return tx("ler::verify::datamodel", "%1 must be an XML Schema date and time, but it is \"%2\".")
            .arg(property, detail);
    if (code == QLatin1String("before-validFrom"))
        return tx("ler::verify::datamodel", "%1 must not be earlier than validFrom, but it is %2.")
            .arg(property, detail);
    if (code == QLatin1String("duplicate"))
        return tx("ler::verify::datamodel", "%1 repeats \"%2\": each related resource is listed once.")
            .arg(property, detail);
    if (code == QLatin1String("no-digest"))
        return tx("ler::verify::datamodel", "%1 must give a digestSRI or digestMultibase for the resource.")
            .arg(property);
    if (code == QLatin1String("not-language-value"))
        return tx("ler::verify::datamodel",
            "%1 must be text or a language value object (@value with an optional @language and @direction), but "
            "it is \"%2\".")
            .arg(property, detail);
    if (code == QLatin1String("not-data-url"))
        return tx("ler::verify::datamodel", "%1 of an enveloped credential must be a data: URL, but it is \"%2\".")
            .arg(property, detail);
    if (code == QLatin1String("not-mapped"))
        return tx("ler::verify::datamodel",
            "The type \"%1\" does not stand for a URL: no context of the document defines it.")
            .arg(detail);
    if (code == QLatin1String("jsonld") && property == QLatin1String("document"))
        return tx("ler::verify::datamodel", "The document is too large or too deeply nested to check safely (%1).")
            .arg(detail);
    if (code == QLatin1String("jsonld"))
        return tx("ler::verify::datamodel", "%1 is not valid JSON-LD: %2.").arg(property, detail);
    return tx("ler::verify::datamodel", "%1 is not as the W3C data model requires (%2).").arg(property, code);
}

Text readAsMessage(const Text& what)
{
    return tx("ler::verify", "Read as %1.").arg(what);
}

Text unknownContextMessage(const Text& what, const QString& context)
{
    return tx("ler::verify",
        "Read as %1, but LER Wallet does not know its context %2, so the meaning of its terms was not checked.")
        .arg(what, context);
}

} // namespace ler::verify::datamodel

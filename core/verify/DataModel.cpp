// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
// The structural rules of VC Data Model 2.0 and 1.1; the JSON-LD rules are in DataModelJsonLd.cpp and the sentences
// in DataModelText.cpp.
#include "core/verify/DataModel.h"

#include "core/verify/DataModelRules.h"
#include "core/verify/Dates.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace ler::verify::datamodel {

namespace {

const QString kVc1 = QStringLiteral("https://www.w3.org/2018/credentials/v1");
const QString kVc2 = QStringLiteral("https://www.w3.org/ns/credentials/v2");

QStringList typesOf(const QJsonObject& o)
{
    QStringList out;
    const QJsonValue t = o.value(QLatin1String("type"));
    for (const QJsonValue& v : t.isArray() ? t.toArray() : QJsonArray { t })
        if (v.isString())
            out.append(v.toString());
    return out;
}

QJsonArray contextList(const QJsonObject& o)
{
    const QJsonValue c = o.value(QLatin1String("@context"));
    return c.isArray() ? c.toArray() : QJsonArray { c };
}

QString jsonText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        const bool integral = std::fabs(d) < 9.0e15 && d == std::floor(d);
        return integral ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    return v.isArray() ? QStringLiteral("[...]") : QStringLiteral("{...}");
}

} // namespace

/// Walks one credential or presentation and collects its problems.
class Rules
{
public:
    Rules(Version version, QList<Problem>& out, QString prefix)
        : m_version(version)
        , m_out(out)
        , m_prefix(std::move(prefix))
    { }

    void credential(const QJsonObject& c)
    {
        context(c);
        types(c, QStringLiteral("type"), QStringLiteral("VerifiableCredential"));
        optionalId(c, {});
        issuer(c);
        subjects(c);
        if (m_version == Version::V2_0) {
            validityPeriod(c);
        } else {
            requiredDate(c, QStringLiteral("issuanceDate"));
            optionalDate(c, QStringLiteral("expirationDate"), false);
        }
        typedObjects(c, QStringLiteral("credentialStatus"), m_version == Version::V1_1 ? Id::Required : Id::Optional);
        typedObjects(c, QStringLiteral("credentialSchema"), Id::Required);
        typedObjects(c, QStringLiteral("refreshService"), m_version == Version::V1_1 ? Id::Required : Id::Optional);
        typedObjects(c, QStringLiteral("termsOfUse"), Id::Optional);
        typedObjects(c, QStringLiteral("evidence"), Id::Optional);
        if (m_version == Version::V2_0) {
            relatedResources(c);
            typedObjects(c, QStringLiteral("confidenceMethod"), Id::Optional);
            typedObjects(c, QStringLiteral("renderMethod"), Id::Optional);
            names(c, {});
        }
        proofs(c);
    }

    void presentation(const QJsonObject& p)
    {
        context(p);
        types(p, QStringLiteral("type"), QStringLiteral("VerifiablePresentation"));
        optionalId(p, {});
        if (m_version == Version::V2_0)
            holder(p);
        presentedCredentials(p);
        typedObjects(p, QStringLiteral("termsOfUse"), Id::Optional);
        if (m_version == Version::V2_0)
            names(p, {});
        proofs(p);
    }

private:
    enum class Id
    {
        Optional,
        Required
    };

    QString path(const QString& property) const { return m_prefix + property; }

    void fail(const QString& property, const char* code, const QString& detail = {})
    {
        const QString p = path(property);
        const QString c = QLatin1String(code);
        m_out.append(Problem { p, c, problemMessage(c, p, Text::verbatim(detail)), Text::verbatim(detail) });
    }

    void context(const QJsonObject& doc)
    {
        const QJsonArray list = contextList(doc);
        bool v1 = false;
        bool v2 = false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonValue item = list.at(i);
            const QString at = doc.value(QLatin1String("@context")).isArray() ? QStringLiteral("@context[%1]").arg(i)
                                                                              : QStringLiteral("@context");
            if (item.isString()) {
                v1 = v1 || item.toString() == kVc1;
                v2 = v2 || item.toString() == kVc2;
                if (!isUrl(item.toString()))
                    fail(at, "not-url", item.toString());
            } else if (!item.isObject()) {
                fail(at, "not-url-or-object", jsonText(item));
            }
        }
        if (v1 && v2)
            fail(QStringLiteral("@context"), "mixed-versions");
    }

    /// The type property of o (at path property): present, terms or absolute URLs, and including required.
    void types(const QJsonObject& o, const QString& property, const QString& required)
    {
        const QJsonValue t = o.value(QLatin1String("type"));
        if (t.isUndefined() || (t.isArray() && t.toArray().isEmpty())) {
            fail(property, "missing");
            return;
        }
        for (const QJsonValue& v : t.isArray() ? t.toArray() : QJsonArray { t }) {
            if (!v.isString() || v.toString().isEmpty()
                || (v.toString().contains(QLatin1Char(':')) && !isUrl(v.toString()))) {
                fail(property, "invalid-type", jsonText(v));
                return;
            }
        }
        if (!required.isEmpty() && !typesOf(o).contains(required))
            m_out.append(Problem { path(property),
                QStringLiteral("lacks-") + required,
                problemMessage(QStringLiteral("lacks-type"), path(property), Text::verbatim(required)),
                Text::verbatim(typesOf(o).join(QStringLiteral(", "))) });
        // A document is a credential or a presentation: read as one, the other would be shown without its checks.
        if (!required.isEmpty() && typesOf(o).contains(QLatin1String("VerifiableCredential"))
            && typesOf(o).contains(QLatin1String("VerifiablePresentation")))
            fail(property, "credential-and-presentation");
    }

    /// An id that must be one URL when present (section 4.4 of 2.0, 4.2 of 1.1).
    void optionalId(const QJsonObject& o, const QString& at)
    {
        if (o.contains(QLatin1String("id")))
            urlValue(o.value(QLatin1String("id")), at + QStringLiteral("id"));
    }

    void urlValue(const QJsonValue& v, const QString& property)
    {
        if (v.isArray())
            fail(property, "not-single", QStringLiteral("[...]"));
        else if (!v.isString() || !isUrl(v.toString()))
            fail(property, "not-url", jsonText(v));
    }

    /// The issuer: a URL, or an object whose id is a URL (both versions).
    void issuer(const QJsonObject& c)
    {
        const QJsonValue v = c.value(QLatin1String("issuer"));
        if (v.isUndefined()) {
            fail(QStringLiteral("issuer"), "missing");
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (!o.contains(QLatin1String("id")))
                fail(QStringLiteral("issuer.id"), "missing");
            else
                urlValue(o.value(QLatin1String("id")), QStringLiteral("issuer.id"));
            if (m_version == Version::V2_0)
                names(o, QStringLiteral("issuer."));
        } else {
            urlValue(v, QStringLiteral("issuer"));
        }
    }

    /// The holder of a 2.0 presentation: a URL, or an object whose id is a URL.
    void holder(const QJsonObject& p)
    {
        const QJsonValue v = p.value(QLatin1String("holder"));
        if (v.isUndefined())
            return;
        if (!v.isObject()) {
            urlValue(v, QStringLiteral("holder"));
            return;
        }
        const QJsonObject o = v.toObject();
        if (!o.contains(QLatin1String("id")))
            fail(QStringLiteral("holder.id"), "missing");
        else
            urlValue(o.value(QLatin1String("id")), QStringLiteral("holder.id"));
    }

    /// Calls each with every object of an object-or-array property and its path; other entries fail.
    template <typename F> void forEachObject(const QJsonObject& o, const QString& property, F each)
    {
        const QJsonValue v = o.value(property);
        if (v.isObject()) {
            each(v.toObject(), property);
            return;
        }
        if (!v.isArray()) {
            fail(property, "not-object", jsonText(v));
            return;
        }
        const QJsonArray list = v.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(property).arg(i);
            if (list.at(i).isObject())
                each(list.at(i).toObject(), at);
            else
                fail(at, "not-object", jsonText(list.at(i)));
        }
    }

    void subjects(const QJsonObject& c)
    {
        if (!c.contains(QLatin1String("credentialSubject"))) {
            fail(QStringLiteral("credentialSubject"), "missing");
            return;
        }
        forEachObject(c, QStringLiteral("credentialSubject"), [this](const QJsonObject& s, const QString& at) {
            if (s.isEmpty())
                fail(at, "no-claims");
            optionalId(s, at + QLatin1Char('.'));
        });
    }

    void validityPeriod(const QJsonObject& c)
    {
        const bool from = optionalDate(c, QStringLiteral("validFrom"), true);
        const bool until = optionalDate(c, QStringLiteral("validUntil"), true);
        if (!from || !until || !c.contains(QLatin1String("validFrom")) || !c.contains(QLatin1String("validUntil")))
            return;
        const QDateTime start = parseCredentialDate(c.value(QLatin1String("validFrom")));
        const QDateTime end = parseCredentialDate(c.value(QLatin1String("validUntil")));
        if (start.isValid() && end.isValid() && end < start)
            fail(QStringLiteral("validUntil"), "before-validFrom", c.value(QLatin1String("validUntil")).toString());
    }

    /// Returns false when the date is present but malformed.
    bool optionalDate(const QJsonObject& c, const QString& property, bool timeZone)
    {
        const QJsonValue v = c.value(property);
        if (v.isUndefined())
            return true;
        if (v.isString() && isXsdDateTime(v.toString(), timeZone))
            return true;
        fail(property, timeZone ? "not-datetimestamp" : "not-datetime", jsonText(v));
        return false;
    }

    void requiredDate(const QJsonObject& c, const QString& property)
    {
        if (!c.contains(property))
            fail(property, "missing");
        else
            optionalDate(c, property, false);
    }

    /// credentialStatus, credentialSchema, refreshService, termsOfUse, evidence and the reserved extension points:
    /// objects, each with a type (the table of section 4.5) and an id that is one URL where given or required.
    void typedObjects(const QJsonObject& o, const QString& property, Id id)
    {
        if (!o.contains(property))
            return;
        forEachObject(o, property, [this, id](const QJsonObject& entry, const QString& at) {
            if (!entry.contains(QLatin1String("id")) && id == Id::Required)
                fail(at + QStringLiteral(".id"), "missing");
            else
                optionalId(entry, at + QLatin1Char('.'));
            types(entry, at + QStringLiteral(".type"), {});
        });
    }

    void relatedResources(const QJsonObject& c)
    {
        if (!c.contains(QLatin1String("relatedResource")))
            return;
        QStringList seen;
        forEachObject(c, QStringLiteral("relatedResource"), [this, &seen](const QJsonObject& r, const QString& at) {
            const QString id = r.value(QLatin1String("id")).toString();
            if (!r.contains(QLatin1String("id")))
                fail(at + QStringLiteral(".id"), "missing");
            else
                optionalId(r, at + QLatin1Char('.'));
            if (seen.contains(id))
                fail(at + QStringLiteral(".id"), "duplicate", id);
            seen.append(id);
            if (!r.contains(QLatin1String("digestSRI")) && !r.contains(QLatin1String("digestMultibase")))
                fail(at, "no-digest");
        });
    }

    /// name and description: a string, a language value object, or an array of them (2.0 sections 4.6, 11.1).
    void names(const QJsonObject& o, const QString& at)
    {
        for (const char* property : { "name", "description" }) {
            const QJsonValue v = o.value(QLatin1String(property));
            if (v.isUndefined())
                continue;
            const QString p = at + QLatin1String(property);
            for (const QJsonValue& entry : v.isArray() ? v.toArray() : QJsonArray { v }) {
                if (!isLanguageValue(entry)) {
                    fail(p, "not-language-value", jsonText(entry));
                    break;
                }
            }
        }
    }

    static bool isLanguageValue(const QJsonValue& v)
    {
        if (v.isString())
            return true;
        if (!v.isObject())
            return false;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("@value") || it.key() == QLatin1String("@language"))
                continue;
            if (it.key() != QLatin1String("@direction"))
                return false;
            if (it.value() != QLatin1String("ltr") && it.value() != QLatin1String("rtl"))
                return false;
        }
        return o.value(QLatin1String("@value")).isString()
            && (!o.contains(QLatin1String("@language")) || o.value(QLatin1String("@language")).isString());
    }

    /// Embedded proofs: objects naming their type (1.1 section 4.7, Data Integrity 1.0).
    void proofs(const QJsonObject& o)
    {
        if (!o.contains(QLatin1String("proof")))
            return;
        forEachObject(o, QStringLiteral("proof"), [this](const QJsonObject& p, const QString& at) {
            if (!p.contains(QLatin1String("type")))
                fail(at + QStringLiteral(".type"), "missing");
            else if (!p.value(QLatin1String("type")).isString())
                fail(at + QStringLiteral(".type"), "invalid-type", jsonText(p.value(QLatin1String("type"))));
        });
    }

    /// verifiableCredential: objects in 2.0 (credentials or enveloped credentials); 1.1 also allows the compact
    /// form of a secured credential (a JWT).
    void presentedCredentials(const QJsonObject& p)
    {
        const QJsonValue v = p.value(QLatin1String("verifiableCredential"));
        if (v.isUndefined())
            return;
        const QJsonArray list = v.isArray() ? v.toArray() : QJsonArray { v };
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = v.isArray() ? QStringLiteral("verifiableCredential[%1]").arg(i)
                                           : QStringLiteral("verifiableCredential");
            const QJsonValue entry = list.at(i);
            if (entry.isString() && m_version == Version::V1_1)
                continue;
            if (!entry.isObject()) {
                fail(at, "not-object", jsonText(entry));
                continue;
            }
            const QJsonObject c = entry.toObject();
            if (typesOf(c).contains(QLatin1String("EnvelopedVerifiableCredential")))
                envelope(c, at + QLatin1Char('.'));
            else
                nested(c, at + QLatin1Char('.'));
        }
    }

    void envelope(const QJsonObject& c, const QString& at)
    {
        Rules inner(Version::V2_0, m_out, m_prefix + at);
        if (!c.contains(QLatin1String("@context")))
            inner.fail(QStringLiteral("@context"), "missing");
        else
            inner.context(c);
        if (!c.value(QLatin1String("id")).toString().startsWith(QLatin1String("data:")))
            inner.fail(QStringLiteral("id"), "not-data-url", jsonText(c.value(QLatin1String("id"))));
    }

    /// A presented credential, checked by the rules of its own version.
    void nested(const QJsonObject& c, const QString& at)
    {
        const std::optional<Version> version = baseVersion(c);
        if (!version) {
            m_out.append(contextProblem(c, m_prefix + at));
            return;
        }
        Rules(*version, m_out, m_prefix + at).credential(c);
    }

    Version m_version;
    QList<Problem>& m_out;
    QString m_prefix;
};

std::optional<Version> baseVersion(const QJsonObject& document)
{
    const QString first = contextList(document).at(0).toString();
    if (first == kVc2)
        return Version::V2_0;
    if (first == kVc1)
        return Version::V1_1;
    return std::nullopt;
}

Problem contextProblem(const QJsonObject& document, const QString& prefix)
{
    const QString property = prefix + QStringLiteral("@context");
    if (!document.contains(QLatin1String("@context")))
        return Problem { property, QStringLiteral("missing"), problemMessage(QStringLiteral("missing"), property), {} };
    const QString code = QStringLiteral("not-base-first");
    const QString first = jsonText(contextList(document).at(0));
    return Problem { property, code, problemMessage(code, property, Text::verbatim(first)), Text::verbatim(first) };
}

bool looksLikeDataModel(const QJsonObject& document)
{
    for (const QJsonValue& c : contextList(document))
        if (c == kVc1 || c == kVc2)
            return true;
    const QStringList types = typesOf(document);
    return types.contains(QLatin1String("VerifiableCredential"))
        || types.contains(QLatin1String("VerifiablePresentation"));
}

bool looksLikePresentation(const QJsonObject& document)
{
    const QStringList types = typesOf(document);
    if (types.contains(QLatin1String("VerifiablePresentation")))
        return true;
    if (types.contains(QLatin1String("VerifiableCredential")) || document.contains(QLatin1String("credentialSubject")))
        return false;
    if (document.contains(QLatin1String("verifiableCredential")) || document.contains(QLatin1String("holder")))
        return true;
    for (const QString& t : types)
        if (t.endsWith(QLatin1String("Presentation")))
            return true;
    return false;
}

namespace {

Validation run(const QJsonObject& document, bool presentation, const Options& options)
{
    Validation v;
    v.presentation = presentation;
    v.version = baseVersion(document);
    if (!v.version) {
        // Without its base context nothing else in the document can be read as the data model defines it.
        v.problems.append(contextProblem(document, {}));
        return v;
    }
    Rules rules(*v.version, v.problems, {});
    if (presentation)
        rules.presentation(document);
    else
        rules.credential(document);
    if (v.problems.isEmpty() && options.jsonLd)
        checkJsonLd(document, options, v);
    return v;
}

} // namespace

Validation validateCredential(const QJsonObject& credential, const Options& options)
{
    return run(credential, false, options);
}

Validation validatePresentation(const QJsonObject& presentation, const Options& options)
{
    return run(presentation, true, options);
}

Validation validate(const QJsonObject& document, const Options& options)
{
    return run(document, looksLikePresentation(document), options);
}

bool isUrl(const QString& text)
{
    // A scheme first (RFC 3986 3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"), read by hand: this runs for
    // every id and context of every credential checked.
    const auto alpha = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    qsizetype colon = 0;
    while (colon < text.size() && text.at(colon) != u':') {
        const QChar c = text.at(colon);
        if (!alpha(c) && (colon == 0 || !((c >= u'0' && c <= u'9') || c == u'+' || c == u'-' || c == u'.')))
            return false;
        ++colon;
    }
    if (colon == 0 || colon == text.size())
        return false;
    for (const QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString s = url.scheme().toLower();
    return (s != QLatin1String("http") && s != QLatin1String("https")) || !url.host().isEmpty();
}

bool isXsdDateTime(const QString& text, bool requireTimeZone)
{
    // XML Schema 1.1 Part 2, sections 3.3.7 (dateTime) and 3.4.28 (dateTimeStamp).
    static const QRegularExpression re(
        QStringLiteral("^-?([1-9][0-9]{3,}|0[0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
                       "T(([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?|24:00:00(\\.0+)?)"
                       "(?<tz>Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || (requireTimeZone && m.captured(QStringLiteral("tz")).isEmpty()))
        return false;
    // The day must exist in that month (no 30 February).
    const int year = m.captured(1).toInt();
    return year > 9999 || text.startsWith(QLatin1Char('-'))
        || QDate(year, m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

Check formatCheck(const Validation& validation, const Text& what)
{
    if (!validation.ok()) {
        const Problem& p = validation.problems.constFirst();
        Check c = Check::failed(QStringLiteral("format"), p.message, p.detail);
        c.reason = p.reason();
        return c;
    }
    if (!validation.unknownContexts.isEmpty()) {
        Check c = Check::warning(QStringLiteral("format"),
            unknownContextMessage(what, validation.unknownContexts.constFirst()),
            Text::verbatim(validation.unknownContexts.join(QLatin1Char(' '))));
        c.reason = QStringLiteral("@context/unknown");
        return c;
    }
    return Check::passed(QStringLiteral("format"), readAsMessage(what));
}

} // namespace ler::verify::datamodel

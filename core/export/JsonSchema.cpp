// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/export/JsonSchema.h"

#include <QDate>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <optional>

namespace ler::exports {

namespace {

constexpr int kMaxDepth = 400; // references may recurse; real schemas stay far below this

QString docKey(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveFragment).toString();
}

QString shown(const QString& path)
{
    return path.isEmpty() ? QStringLiteral("(root)") : path;
}

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

bool isInteger(const QJsonValue& v)
{
    if (!v.isDouble()) {
        return false;
    }
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue& v, const QString& type)
{
    if (type == QLatin1String("integer")) {
        return isInteger(v);
    }
    return typeOf(v) == type;
}

/// Compiled patterns, shared by every validation (schemas repeat the same few).
QRegularExpression cachedPattern(const QString& pattern)
{
    static QMutex mutex;
    static QHash<QString, QRegularExpression> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(pattern, QRegularExpression(pattern, QRegularExpression::UseUnicodePropertiesOption));
    }
    return *it;
}

bool validDate(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto m = re.match(s);
    return m.hasMatch() && QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid();
}

bool checkFormat(const QString& format, const QString& s)
{
    if (format == QLatin1String("date-time")) {
        static const QRegularExpression re(QStringLiteral(
            "^(\\d{4}-\\d{2}-\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-](\\d{2}):(\\d{2}))$"));
        const auto m = re.match(s);
        return m.hasMatch() && validDate(m.captured(1)) && m.captured(2).toInt() < 24 && m.captured(3).toInt() < 60
            && m.captured(4).toInt() < 61;
    }
    if (format == QLatin1String("date")) {
        return validDate(s);
    }
    if (format == QLatin1String("email")) {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
        return re.match(s).hasMatch();
    }
    if (format == QLatin1String("uri")) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*:[^\\s]*$"));
        return re.match(s).hasMatch();
    }
    return true;
}

/// Follows a JSON pointer ("/definitions/X") inside a document.
std::optional<QJsonValue> pointer(const QJsonValue& root, const QString& fragment)
{
    QJsonValue at = root;
    if (fragment.isEmpty()) {
        return at;
    }
    if (!fragment.startsWith(QLatin1Char('/'))) {
        return std::nullopt;
    }
    for (QString token : fragment.mid(1).split(QLatin1Char('/'))) {
        token = QUrl::fromPercentEncoding(token.toUtf8());
        token.replace(QStringLiteral("~1"), QStringLiteral("/"));
        token.replace(QStringLiteral("~0"), QStringLiteral("~"));
        if (at.isObject()) {
            const QJsonObject o = at.toObject();
            if (!o.contains(token)) {
                return std::nullopt;
            }
            at = o.value(token);
        } else if (at.isArray()) {
            bool ok = false;
            const int i = token.toInt(&ok);
            if (!ok || i < 0 || i >= at.toArray().size()) {
                return std::nullopt;
            }
            at = at.toArray().at(i);
        } else {
            return std::nullopt;
        }
    }
    return at;
}

QString child(const QString& path, const QString& key)
{
    QString k = key;
    k.replace(QLatin1Char('~'), QStringLiteral("~0"));
    k.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return path + QLatin1Char('/') + k;
}

QString child(const QString& path, qsizetype index)
{
    return path + QLatin1Char('/') + QString::number(index);
}

} // namespace

bool jsonEqual(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() == b.toDouble();
    }
    if (a.type() != b.type()) {
        return false;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size()) {
            return false;
        }
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i))) {
                return false;
            }
        }
        return true;
    }
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size()) {
            return false;
        }
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!y.contains(it.key()) || !jsonEqual(it.value(), y.value(it.key()))) {
                return false;
            }
        }
        return true;
    }
    return a == b;
}

Status SchemaSet::add(const QUrl& uri, const QJsonObject& schema)
{
    if (!uri.isValid() || uri.isRelative()) {
        return invalidInput(
            tx("ler::export", "a schema needs an absolute URI"), QStringLiteral("export/schema-id-not-absolute"));
    }
    m_documents.insert(docKey(uri), schema);
    return {};
}

Status SchemaSet::addFile(const QString& path, const QUrl& uri)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::Io,
            tx("ler::export", "cannot read the schema %1").arg(path),
            QStringLiteral("export/schema-unreadable"));
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        return invalidInput(tx("ler::export", "the schema %1 is not a JSON object: %2").arg(path, pe.errorString()),
            QStringLiteral("export/schema-not-object"));
    }
    return add(uri, doc.object());
}

Status SchemaSet::addFolder(const QString& dir, const QUrl& base)
{
    QDirIterator it(dir, { QStringLiteral("*.json") }, QDir::Files, QDirIterator::Subdirectories);
    int n = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(dir).relativeFilePath(path);
        if (Status s = addFile(path, base.resolved(QUrl(rel))); !s) {
            return s;
        }
        ++n;
    }
    if (n == 0) {
        return Error(ErrorCode::NotFound,
            tx("ler::export", "no schema files in %1").arg(dir),
            QStringLiteral("export/schema-none"));
    }
    return {};
}

bool SchemaSet::contains(const QUrl& uri) const
{
    return m_documents.contains(docKey(uri));
}

SchemaSet::Located SchemaSet::resolve(const QUrl& base, const QString& ref, QString* problem) const
{
    const QUrl target = base.resolved(QUrl(ref));
    const auto doc = m_documents.constFind(docKey(target));
    if (doc == m_documents.cend()) {
        *problem = QStringLiteral("the schema %1 is not loaded").arg(docKey(target));
        return {};
    }
    const auto found = pointer(QJsonValue(*doc), target.fragment(QUrl::FullyEncoded));
    if (!found) {
        *problem = QStringLiteral("the reference %1 points at nothing").arg(target.toString());
        return {};
    }
    return { *found, target.adjusted(QUrl::RemoveFragment) };
}

QStringList SchemaSet::validate(const QJsonValue& instance, const QUrl& schemaUri) const
{
    QStringList errors;
    QString problem;
    const Located root = resolve(schemaUri, schemaUri.toString(), &problem);
    if (!problem.isEmpty()) {
        return { problem };
    }
    check(instance, root.schema, root.base, QString(), errors, 0);
    return errors;
}

bool SchemaSet::check(const QJsonValue& v,
    const QJsonValue& schemaValue,
    const QUrl& base,
    const QString& path,
    QStringList& errors,
    int depth) const
{
    if (depth > kMaxDepth) {
        errors.append(shown(path) + QStringLiteral(": the schema nests too deeply"));
        return false;
    }
    if (schemaValue.isBool()) { // later drafts allow true/false schemas
        if (!schemaValue.toBool()) {
            errors.append(shown(path) + QStringLiteral(": no value is allowed here"));
        }
        return schemaValue.toBool();
    }
    const QJsonObject s = schemaValue.toObject();
    if (s.contains(QStringLiteral("$ref"))) { // draft-04: a reference replaces the schema it sits in
        QString problem;
        const Located target = resolve(base, s.value(QStringLiteral("$ref")).toString(), &problem);
        if (!problem.isEmpty()) {
            errors.append(shown(path) + QStringLiteral(": ") + problem);
            return false;
        }
        return check(v, target.schema, target.base, path, errors, depth + 1);
    }
    const qsizetype before = errors.size();

    if (const QJsonValue type = s.value(QStringLiteral("type")); !type.isUndefined()) {
        bool ok = false;
        QStringList names;
        for (const QJsonValue& t : type.isArray() ? type.toArray() : QJsonArray { type }) {
            names.append(t.toString());
            ok = ok || hasType(v, t.toString());
        }
        if (!ok) {
            errors.append(shown(path)
                + QStringLiteral(": is %1, expected %2").arg(typeOf(v), names.join(QStringLiteral(" or "))));
            return false; // the other keywords would only repeat the mismatch
        }
    }
    if (const QJsonValue e = s.value(QStringLiteral("enum")); e.isArray()) {
        const QJsonArray allowed = e.toArray();
        if (std::none_of(allowed.begin(), allowed.end(), [&](const QJsonValue& a) { return jsonEqual(a, v); })) {
            errors.append(shown(path) + QStringLiteral(": is not one of the allowed values"));
        }
    }
    if (v.isString()) {
        const QString str = v.toString();
        const qsizetype length = str.toUcs4().size();
        if (s.contains(QStringLiteral("minLength")) && length < s.value(QStringLiteral("minLength")).toInteger()) {
            errors.append(shown(path)
                + QStringLiteral(": is shorter than %1").arg(s.value(QStringLiteral("minLength")).toInteger()));
        }
        if (s.contains(QStringLiteral("maxLength")) && length > s.value(QStringLiteral("maxLength")).toInteger()) {
            errors.append(shown(path)
                + QStringLiteral(": is longer than %1").arg(s.value(QStringLiteral("maxLength")).toInteger()));
        }
        if (const QJsonValue p = s.value(QStringLiteral("pattern")); p.isString()) {
            const QRegularExpression re = cachedPattern(p.toString());
            if (!re.isValid()) {
                errors.append(shown(path) + QStringLiteral(": the schema's pattern cannot be read"));
            } else if (!re.match(str).hasMatch()) {
                errors.append(shown(path) + QStringLiteral(": does not match %1").arg(p.toString()));
            }
        }
        if (const QJsonValue f = s.value(QStringLiteral("format")); f.isString() && !checkFormat(f.toString(), str)) {
            errors.append(shown(path) + QStringLiteral(": is not a valid %1").arg(f.toString()));
        }
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (const QJsonValue m = s.value(QStringLiteral("minimum")); m.isDouble()) {
            const bool exclusive = s.value(QStringLiteral("exclusiveMinimum")).toBool();
            if (exclusive ? d <= m.toDouble() : d < m.toDouble()) {
                errors.append(shown(path) + QStringLiteral(": is below the minimum %1").arg(m.toDouble()));
            }
        }
        if (const QJsonValue m = s.value(QStringLiteral("maximum")); m.isDouble()) {
            const bool exclusive = s.value(QStringLiteral("exclusiveMaximum")).toBool();
            if (exclusive ? d >= m.toDouble() : d > m.toDouble()) {
                errors.append(shown(path) + QStringLiteral(": is above the maximum %1").arg(m.toDouble()));
            }
        }
        if (const QJsonValue m = s.value(QStringLiteral("multipleOf")); m.isDouble() && m.toDouble() > 0) {
            const double q = d / m.toDouble();
            if (!std::isfinite(q) || std::fabs(q - std::round(q)) > 1e-9) {
                errors.append(shown(path) + QStringLiteral(": is not a multiple of %1").arg(m.toDouble()));
            }
        }
    }
    if (v.isObject()) {
        checkObject(v.toObject(), s, base, path, errors, depth);
    }
    if (v.isArray()) {
        checkArray(v.toArray(), s, base, path, errors, depth);
    }
    checkCombinators(v, s, base, path, errors, depth);
    return errors.size() == before;
}

bool SchemaSet::checkObject(const QJsonObject& o,
    const QJsonObject& s,
    const QUrl& base,
    const QString& path,
    QStringList& errors,
    int depth) const
{
    const qsizetype before = errors.size();
    for (const QJsonValue& r : s.value(QStringLiteral("required")).toArray()) {
        if (!o.contains(r.toString())) {
            errors.append(shown(path) + QStringLiteral(": lacks the required %1").arg(r.toString()));
        }
    }
    if (s.contains(QStringLiteral("minProperties"))
        && o.size() < s.value(QStringLiteral("minProperties")).toInteger()) {
        errors.append(shown(path) + QStringLiteral(": has too few members"));
    }
    if (s.contains(QStringLiteral("maxProperties"))
        && o.size() > s.value(QStringLiteral("maxProperties")).toInteger()) {
        errors.append(shown(path) + QStringLiteral(": has too many members"));
    }
    const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
    const QJsonObject patterns = s.value(QStringLiteral("patternProperties")).toObject();
    const QJsonValue additional = s.value(QStringLiteral("additionalProperties"));
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool matched = false;
        if (properties.contains(it.key())) {
            matched = true;
            check(it.value(), properties.value(it.key()), base, child(path, it.key()), errors, depth + 1);
        }
        for (auto p = patterns.begin(); p != patterns.end(); ++p) {
            if (cachedPattern(p.key()).match(it.key()).hasMatch()) {
                matched = true;
                check(it.value(), p.value(), base, child(path, it.key()), errors, depth + 1);
            }
        }
        if (matched) {
            continue;
        }
        if (additional.isBool() && !additional.toBool()) {
            errors.append(shown(path) + QStringLiteral(": has %1, which is not allowed here").arg(it.key()));
        } else if (additional.isObject()) {
            check(it.value(), additional, base, child(path, it.key()), errors, depth + 1);
        }
    }
    const QJsonObject dependencies = s.value(QStringLiteral("dependencies")).toObject();
    for (auto it = dependencies.begin(); it != dependencies.end(); ++it) {
        if (!o.contains(it.key())) {
            continue;
        }
        if (it.value().isArray()) {
            for (const QJsonValue& needed : it.value().toArray()) {
                if (!o.contains(needed.toString())) {
                    errors.append(shown(path) + QStringLiteral(": has %1 but not %2").arg(it.key(), needed.toString()));
                }
            }
        } else {
            check(o, it.value(), base, path, errors, depth + 1);
        }
    }
    return errors.size() == before;
}

bool SchemaSet::checkArray(const QJsonArray& a,
    const QJsonObject& s,
    const QUrl& base,
    const QString& path,
    QStringList& errors,
    int depth) const
{
    const qsizetype before = errors.size();
    if (s.contains(QStringLiteral("minItems")) && a.size() < s.value(QStringLiteral("minItems")).toInteger()) {
        errors.append(shown(path)
            + QStringLiteral(": has fewer than %1 items").arg(s.value(QStringLiteral("minItems")).toInteger()));
    }
    if (s.contains(QStringLiteral("maxItems")) && a.size() > s.value(QStringLiteral("maxItems")).toInteger()) {
        errors.append(shown(path)
            + QStringLiteral(": has more than %1 items").arg(s.value(QStringLiteral("maxItems")).toInteger()));
    }
    if (s.value(QStringLiteral("uniqueItems")).toBool()) {
        for (qsizetype i = 0; i < a.size(); ++i) {
            for (qsizetype j = i + 1; j < a.size(); ++j) {
                if (jsonEqual(a.at(i), a.at(j))) {
                    errors.append(shown(path) + QStringLiteral(": items %1 and %2 are the same").arg(i).arg(j));
                }
            }
        }
    }
    const QJsonValue items = s.value(QStringLiteral("items"));
    if (items.isObject() || items.isBool()) {
        for (qsizetype i = 0; i < a.size(); ++i) {
            check(a.at(i), items, base, child(path, i), errors, depth + 1);
        }
    } else if (items.isArray()) {
        const QJsonArray tuple = items.toArray();
        const QJsonValue additional = s.value(QStringLiteral("additionalItems"));
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i < tuple.size()) {
                check(a.at(i), tuple.at(i), base, child(path, i), errors, depth + 1);
            } else if (additional.isBool() && !additional.toBool()) {
                errors.append(shown(path) + QStringLiteral(": has more items than allowed"));
                break;
            } else if (additional.isObject()) {
                check(a.at(i), additional, base, child(path, i), errors, depth + 1);
            }
        }
    }
    return errors.size() == before;
}

bool SchemaSet::checkCombinators(const QJsonValue& v,
    const QJsonObject& s,
    const QUrl& base,
    const QString& path,
    QStringList& errors,
    int depth) const
{
    const qsizetype before = errors.size();
    for (const QJsonValue& sub : s.value(QStringLiteral("allOf")).toArray()) {
        check(v, sub, base, path, errors, depth + 1);
    }
    // anyOf and oneOf: count the branches that hold; when none does, show the closest branch's problems.
    const auto branches = [&](const QJsonArray& list, int& matches, QStringList& closest) {
        matches = 0;
        for (const QJsonValue& sub : list) {
            QStringList own;
            if (check(v, sub, base, path, own, depth + 1)) {
                ++matches;
            } else if (closest.isEmpty() || own.size() < closest.size()) {
                closest = own;
            }
        }
    };
    if (const QJsonValue any = s.value(QStringLiteral("anyOf")); any.isArray()) {
        int matches = 0;
        QStringList closest;
        branches(any.toArray(), matches, closest);
        if (matches == 0) {
            errors.append(shown(path) + QStringLiteral(": matches none of the anyOf schemas"));
            errors += closest;
        }
    }
    if (const QJsonValue one = s.value(QStringLiteral("oneOf")); one.isArray()) {
        int matches = 0;
        QStringList closest;
        branches(one.toArray(), matches, closest);
        if (matches != 1) {
            errors.append(
                shown(path) + QStringLiteral(": matches %1 of the oneOf schemas, not exactly one").arg(matches));
            if (matches == 0) {
                errors += closest;
            }
        }
    }
    if (const QJsonValue no = s.value(QStringLiteral("not")); no.isObject()) {
        QStringList ignored;
        if (check(v, no, base, path, ignored, depth + 1)) {
            errors.append(shown(path) + QStringLiteral(": matches a schema it must not match"));
        }
    }
    return errors.size() == before;
}

} // namespace ler::exports

// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/SelfAssertedCsvImporter.h"

#include "core/formats/ImportLimits.h"
#include "core/formats/InputProbe.h"
#include "core/formats/SelfAssertedEntry.h"

#include <QHash>
#include <QStringDecoder>

namespace ler::formats {

namespace {

/// Accepts YYYY-MM-DD, YYYY-MM (first day) and YYYY (1 January).
std::optional<QDate> csvDate(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyy-MM"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyy"));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

/// A refusal of one row: each sentence names the line itself, so none is glued from a translated fragment.
Error rowError(Text sentence, QString reason)
{
    return invalidInput(std::move(sentence), std::move(reason));
}

} // namespace

Text SelfAssertedCsvImporter::displayName() const
{
    return tx("ler::formats", "Self-asserted entries (CSV)");
}

QStringList SelfAssertedCsvImporter::columns()
{
    return { QStringLiteral("kind"),
        QStringLiteral("title"),
        QStringLiteral("organization"),
        QStringLiteral("description"),
        QStringLiteral("start"),
        QStringLiteral("end"),
        QStringLiteral("location"),
        QStringLiteral("url") };
}

int SelfAssertedCsvImporter::sniff(const InputProbe& probe, const QString& fileName) const
{
    if (probe.shape != InputShape::Text)
        return 0;
    const qsizetype newline = probe.bytes.indexOf('\n');
    QByteArray firstLine = probe.bytes.left(qMin<qsizetype>(newline < 0 ? probe.bytes.size() : newline, 1024));
    if (firstLine.startsWith("\xEF\xBB\xBF"))
        firstLine = firstLine.mid(3);
    const QList<QByteArray> names = firstLine.toLower().trimmed().split(',');
    int known = 0;
    for (const QByteArray& n : names) {
        if (columns().contains(QString::fromUtf8(n.trimmed())))
            ++known;
    }
    if (names.contains("kind") && names.contains("title"))
        return 85;
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return 50;
    return known >= 2 ? 30 : 0;
}

Result<QList<SelfAssertedCsvImporter::Row>> SelfAssertedCsvImporter::readRows(const QString& text)
{
    QList<Row> rows;
    Row row;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    qsizetype rowStart = 0;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&](qsizetype end) {
        endField();
        row.raw = text.mid(rowStart, end - rowStart);
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty() && row.raw.isEmpty();
        if (!blank)
            rows.append(row);
        row = {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                    if (i + 1 < text.size() && text.at(i + 1) != QLatin1Char(',') && text.at(i + 1) != QLatin1Char('\r')
                        && text.at(i + 1) != QLatin1Char('\n')) {
                        return rowError(tx("ler::formats",
                                            "Line %1 of the CSV file: text follows a closing quote; quotes inside a "
                                            "quoted field must be doubled.")
                                            .arg(line),
                            QStringLiteral("formats/csv-text-after-quote"));
                    }
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            endRow(i);
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            rowStart = i + 1;
            row.line = ++line;
            if (rows.size() > ImportLimits::maxItems + 1) {
                return Error(ErrorCode::LimitExceeded,
                    tx("ler::formats", "The CSV file has more than %1 rows.").arg(ImportLimits::maxItems),
                    QStringLiteral("formats/csv-too-many-rows"));
            }
        } else {
            fieldStarted = true;
            field.append(c);
        }
    }
    if (inQuotes) {
        return invalidInput(tx("ler::formats",
                                "The CSV file ends inside a quoted field; a "
                                "closing quote is missing."),
            QStringLiteral("formats/csv-unclosed-quote"));
    }
    if (rowStart < text.size())
        endRow(text.size());
    return rows;
}

Result<ImportBatch> SelfAssertedCsvImporter::parse(const QByteArray& bytes) const
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return invalidInput(
            tx("ler::formats", "The CSV file is not UTF-8 text."), QStringLiteral("formats/csv-not-utf8"));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Result<QList<Row>> rows = readRows(text);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return invalidInput(
            tx("ler::formats", "The CSV file has no header row."), QStringLiteral("formats/csv-no-header"));
    if (rows->size() - 1 > ImportLimits::maxItems) {
        return Error(ErrorCode::LimitExceeded,
            tx("ler::formats", "The CSV file has more than %1 rows.").arg(ImportLimits::maxItems),
            QStringLiteral("formats/csv-too-many-rows"));
    }

    const Row& header = rows->first();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!columns().contains(name)) {
            return invalidInput(tx("ler::formats",
                                    "The CSV header has a column that is not "
                                    "one of: %1. The first row must be the "
                                    "header.")
                                    .arg(columns().join(QStringLiteral(", "))),
                QStringLiteral("formats/csv-unknown-column"));
        }
        if (index.contains(name)) {
            return invalidInput(tx("ler::formats",
                                    "The CSV header names the column %1 "
                                    "twice.")
                                    .arg(name),
                QStringLiteral("formats/csv-duplicate-column"));
        }
        index.insert(name, i);
    }
    if (!index.contains(QStringLiteral("kind")) || !index.contains(QStringLiteral("title"))) {
        return invalidInput(tx("ler::formats",
                                "The CSV header must have at least the "
                                "columns kind and title."),
            QStringLiteral("formats/csv-missing-columns"));
    }

    ImportBatch batch { formatId(), {} };
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const Row& row = rows->at(r);
        if (row.fields.size() > header.fields.size()) {
            return rowError(
                tx("ler::formats", "Line %1 of the CSV file has more fields than the header.").arg(row.line),
                QStringLiteral("formats/csv-too-many-fields"));
        }
        auto value = [&](const char* column) {
            const qsizetype i = index.value(QLatin1String(column), -1);
            return i >= 0 && i < row.fields.size() ? row.fields.at(i).trimmed() : QString();
        };
        SelfAssertedEntry entry;
        const auto kind = model::kindFromName(value("kind").toLower());
        if (!kind) {
            QStringList kinds;
            for (int k = int(model::RecordKind::Education); k <= int(model::RecordKind::Other); ++k)
                kinds.append(model::kindName(model::RecordKind(k)));
            return rowError(tx("ler::formats", "Line %1 of the CSV file: the kind must be one of: %2.")
                                .arg(row.line)
                                .arg(kinds.join(QStringLiteral(", "))),
                QStringLiteral("formats/csv-bad-kind"));
        }
        entry.kind = *kind;
        entry.title = value("title");
        entry.organization = value("organization");
        entry.description = value("description");
        entry.location = value("location");
        entry.url = value("url");
        const auto start = csvDate(value("start"));
        const auto end = csvDate(value("end"));
        if (!start || !end) {
            return rowError(
                tx("ler::formats", "Line %1 of the CSV file: a date is not written like 2024-05-31, 2024-05 or 2024.")
                    .arg(row.line),
                QStringLiteral("formats/csv-bad-date"));
        }
        entry.start = *start;
        entry.end = *end;
        if (Status ok = entry.validate(); !ok)
            // The entry's own sentence is whole; it fills this one as a value and keeps its reason.
            return rowError(tx("ler::formats", "Line %1 of the CSV file: %2").arg(row.line).arg(ok.error().message),
                ok.error().reason);
        ImportItem item;
        item.original = (header.raw + QStringLiteral("\r\n") + row.raw + QStringLiteral("\r\n")).toUtf8();
        item.payload = item.original;
        item.record = entry.toRecord();
        item.record.sourceVersion = QStringLiteral("CSV");
        batch.items.append(item);
    }
    if (batch.items.isEmpty())
        return invalidInput(
            tx("ler::formats", "The CSV file has a header but no entries."), QStringLiteral("formats/csv-no-entries"));
    return batch;
}

} // namespace ler::formats

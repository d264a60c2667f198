// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/records/Skills.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace ler::records {

namespace {

const QString kRegistry = QStringLiteral("Credential Engine Registry");

/// Achievement types that name a skill rather than something earned.
bool isCompetency(const model::Record& r)
{
    static const QStringList types {
        QStringLiteral("Competency"), QStringLiteral("Skill"), QStringLiteral("ext:Skill")
    };
    return types.contains(r.achievement.type, Qt::CaseInsensitive);
}

/// The CTID in a code or in a Credential Engine address.
QString ctidIn(const QString& code, const QString& url)
{
    if (isCtid(code)) {
        return code.toLower();
    }
    static const QRegularExpression inUrl(
        QStringLiteral("(ce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"));
    if (url.contains(QLatin1String("credentialengine"), Qt::CaseInsensitive)) {
        const auto m = inUrl.match(url);
        if (m.hasMatch()) {
            return m.captured(1).toLower();
        }
    }
    return {};
}

struct Builder
{
    QList<Skill> skills;
    QHash<QString, qsizetype> byKey;

    void add(const QString& name, QString framework, QString code, QString url, const QString& recordId)
    {
        const QString cleanName = name.simplified();
        code = code.trimmed();
        const QString ctid = ctidIn(code, url);
        if (!ctid.isEmpty()) {
            code = ctid;
            if (framework.trimmed().isEmpty()) {
                framework = kRegistry;
            }
            url = ctidUrl(ctid); // the registry's page is the one address every issuer agrees on
        }
        if (cleanName.isEmpty() && code.isEmpty()) {
            return;
        }
        // A code identifies a skill within its framework (a CTID everywhere); a bare name is matched by its words.
        const QString key = !ctid.isEmpty() ? QStringLiteral("ctid:") + ctid
            : !code.isEmpty() ? QStringLiteral("code:") + framework.simplified().toLower() + QLatin1Char('|') + code
                              : QStringLiteral("name:") + cleanName.toCaseFolded();
        auto it = byKey.constFind(key);
        if (it == byKey.cend()) {
            it = byKey.insert(key, skills.size());
            skills.append(Skill { key, cleanName.isEmpty() ? code : cleanName, framework.simplified(), code, url, {} });
        }
        Skill& s = skills[*it];
        if (s.url.isEmpty()) {
            s.url = url;
        }
        if (!recordId.isEmpty() && !s.recordIds.contains(recordId)) {
            s.recordIds.append(recordId);
        }
    }
};

} // namespace

bool isCtid(const QString& code)
{
    static const QRegularExpression re(
        QStringLiteral("^ce-[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(code.trimmed()).hasMatch();
}

QString ctidUrl(const QString& ctid)
{
    return QStringLiteral("https://credentialengineregistry.org/resources/") + ctid.trimmed().toLower();
}

bool Skill::isCtid() const
{
    return records::isCtid(code);
}

QList<Skill> aggregateSkills(const QList<Entry>& entries)
{
    Builder b;
    // The records nested in a CLR, by the id of the achievement they are for, to follow its associations.
    QHash<QString, QStringList> byAchievement;
    QHash<QString, const Entry*> competencyByAchievement;
    for (const Entry& e : entries) {
        const QString achievementId = e.record.claims.value(QStringLiteral("achievementId")).toString();
        if (!achievementId.isEmpty()) {
            byAchievement[achievementId].append(e.summary.id);
            if (isCompetency(e.record)) {
                competencyByAchievement.insert(achievementId, &e);
            }
        }
    }
    for (const Entry& e : entries) {
        for (const model::Alignment& a : e.record.alignments) {
            b.add(a.targetName, a.framework, a.code, a.url, e.summary.id);
        }
        if (isCompetency(e.record)) {
            b.add(e.record.title, QString(), QString(), QString(), e.summary.id);
        }
        // A CLR association between a competency and another achievement: the other achievement's records back
        // the competency, whichever way the association points.
        for (const model::Association& a : e.record.associations) {
            for (const auto& [competencyId, otherId] :
                { std::pair { a.targetId, a.sourceId }, std::pair { a.sourceId, a.targetId } }) {
                const Entry* competency = competencyByAchievement.value(competencyId, nullptr);
                if (!competency) {
                    continue;
                }
                for (const QString& recordId : byAchievement.value(otherId)) {
                    b.add(competency->record.title, QString(), QString(), QString(), recordId);
                }
            }
        }
    }
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        position.insert(entries.at(i).summary.id, i);
    }
    for (Skill& s : b.skills) {
        std::stable_sort(s.recordIds.begin(), s.recordIds.end(), [&](const QString& x, const QString& y) {
            return position.value(x) < position.value(y);
        });
    }
    std::stable_sort(b.skills.begin(), b.skills.end(), [](const Skill& x, const Skill& y) {
        if (x.recordIds.size() != y.recordIds.size()) {
            return x.recordIds.size() > y.recordIds.size();
        }
        return QString::localeAwareCompare(x.name, y.name) < 0;
    });
    return b.skills;
}

} // namespace ler::records

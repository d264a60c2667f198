// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/PescTranscriptImporter.h"

#include "core/formats/ImportLimits.h"
#include "core/formats/InputProbe.h"
#include "core/formats/XmlSafety.h"

#include <QSet>
#include <QXmlStreamReader>

namespace ler::formats {

namespace {

const QString kMessageNamespace = QStringLiteral("urn:org:pesc:message:");

QDate pescDate(const QString& text)
{
    return QDate::fromString(text.trimmed().left(10), Qt::ISODate);
}

bool endsWith(const QStringList& path, std::initializer_list<const char*> tail)
{
    if (path.size() < qsizetype(tail.size()))
        return false;
    qsizetype i = path.size() - qsizetype(tail.size());
    for (const char* name : tail) {
        if (path.at(i++) != QLatin1String(name))
            return false;
    }
    return true;
}

/// Collects the fields of one transcript while the reader walks it.
struct TranscriptState
{
    model::Record r;
    QStringList nameParts;
    bool nameDone = false;
    bool inStudentName = false;
    QString allGpa;
    QString firstGpa;
    QString session;
    int sessions = 0;
    model::CourseEntry course;
    QString courseSubject;
    QString courseNumber;
    QString courseOriginalId;
    QString creditEarned;
    QString creditValue;
    model::Degree degree;

    void widen(const QDate& d)
    {
        if (!d.isValid())
            return;
        if (!r.dates.activityStart.isValid() || d < r.dates.activityStart)
            r.dates.activityStart = d;
        if (!r.dates.activityEnd.isValid() || d > r.dates.activityEnd)
            r.dates.activityEnd = d;
    }

    void leaf(const QStringList& path, const QString& name, const QString& rawText)
    {
        const QString text = rawText.trimmed();
        if (text.isEmpty())
            return;
        const bool inSource = endsWith(path, { "TransmissionData", "Source", "Organization" });
        const bool inCourse = path.contains(QStringLiteral("Course"));
        const bool inAward = path.contains(QStringLiteral("AcademicAward"));
        if (name == QLatin1String("DocumentID") && path.endsWith(QStringLiteral("TransmissionData"))) {
            r.credentialId = text;
        } else if (name == QLatin1String("CreatedDateTime") && path.endsWith(QStringLiteral("TransmissionData"))) {
            r.dates.issued = QDateTime::fromString(text, Qt::ISODateWithMs);
        } else if (name == QLatin1String("OrganizationName") && inSource && r.issuer.name.isEmpty()) {
            r.issuer.name = text;
        } else if (inSource && r.issuer.id.isEmpty()
            && QSet<QString> { QStringLiteral("FICE"),
                QStringLiteral("ATP"),
                QStringLiteral("OPEID"),
                QStringLiteral("IPEDS"),
                QStringLiteral("CEEBACT"),
                QStringLiteral("ACT") }
                   .contains(name)) {
            r.issuer.id = name + QLatin1Char(':') + text;
        } else if (name == QLatin1String("URLAddress") && path.contains(QStringLiteral("Source"))) {
            r.issuer.url = text;
        } else if (inStudentName && !nameDone
            && (name == QLatin1String("FirstName") || name == QLatin1String("MiddleName")
                || name == QLatin1String("LastName") || name == QLatin1String("NameSuffix"))) {
            nameParts.append(text);
        } else if (name == QLatin1String("SchoolAssignedPersonID") && path.contains(QStringLiteral("Student"))) {
            r.subjects.append({ QStringLiteral("studentId"), text, false, {} });
        } else if (name == QLatin1String("GradePointAverage")) {
            if (firstGpa.isEmpty())
                firstGpa = text;
            if (allGpa.isEmpty() && endsWith(path, { "AcademicRecord", "AcademicSummary", "GPA" }))
                allGpa = text;
        } else if (inCourse) {
            if (name == QLatin1String("CourseTitle"))
                course.title = text;
            else if (name == QLatin1String("CourseSubjectAbbreviation"))
                courseSubject = text;
            else if (name == QLatin1String("CourseNumber"))
                courseNumber = text;
            else if (name == QLatin1String("OriginalCourseID"))
                courseOriginalId = text;
            else if (name == QLatin1String("CourseCreditEarned"))
                creditEarned = text;
            else if (name == QLatin1String("CourseCreditValue"))
                creditValue = text;
            else if (name == QLatin1String("CourseAcademicGrade"))
                course.grade = text;
            else if (name == QLatin1String("CourseBeginDate") || name == QLatin1String("CourseEndDate"))
                widen(pescDate(text));
        } else if (inAward) {
            if (name == QLatin1String("AcademicAwardTitle"))
                degree.title = text;
            else if (name == QLatin1String("AcademicAwardLevel"))
                degree.level = text;
            else if (name == QLatin1String("AcademicAwardDate"))
                degree.date = pescDate(text);
            else if (name == QLatin1String("AcademicProgramName") && degree.program.isEmpty())
                degree.program = text;
        } else if (path.contains(QStringLiteral("AcademicSessionDetail"))) {
            if (name == QLatin1String("SessionName"))
                session = text;
            else if (name == QLatin1String("SessionDesignator") && session.isEmpty())
                session = text;
            else if (name == QLatin1String("SessionBeginDate") || name == QLatin1String("SessionEndDate"))
                widen(pescDate(text));
        }
    }

    void finishCourse()
    {
        course.code = courseSubject.isEmpty() ? courseOriginalId : courseSubject + QLatin1Char(' ') + courseNumber;
        course.code = course.code.trimmed();
        course.credits = creditEarned.isEmpty() ? creditValue : creditEarned;
        course.session = session;
        r.courses.append(course);
        course = {};
        courseSubject.clear();
        courseNumber.clear();
        courseOriginalId.clear();
        creditEarned.clear();
        creditValue.clear();
    }

    void finishDegree()
    {
        if (degree.title.isEmpty())
            degree.title = degree.program;
        if (!degree.title.isEmpty())
            r.degrees.append(degree);
        degree = {};
    }
};

const QSet<QString>& leafNames()
{
    static const QSet<QString> names { QStringLiteral("DocumentID"),
        QStringLiteral("CreatedDateTime"),
        QStringLiteral("OrganizationName"),
        QStringLiteral("FICE"),
        QStringLiteral("ATP"),
        QStringLiteral("OPEID"),
        QStringLiteral("IPEDS"),
        QStringLiteral("CEEBACT"),
        QStringLiteral("ACT"),
        QStringLiteral("URLAddress"),
        QStringLiteral("FirstName"),
        QStringLiteral("MiddleName"),
        QStringLiteral("LastName"),
        QStringLiteral("NameSuffix"),
        QStringLiteral("SchoolAssignedPersonID"),
        QStringLiteral("GradePointAverage"),
        QStringLiteral("CourseTitle"),
        QStringLiteral("CourseSubjectAbbreviation"),
        QStringLiteral("CourseNumber"),
        QStringLiteral("OriginalCourseID"),
        QStringLiteral("CourseCreditEarned"),
        QStringLiteral("CourseCreditValue"),
        QStringLiteral("CourseAcademicGrade"),
        QStringLiteral("CourseBeginDate"),
        QStringLiteral("CourseEndDate"),
        QStringLiteral("AcademicAwardTitle"),
        QStringLiteral("AcademicAwardLevel"),
        QStringLiteral("AcademicAwardDate"),
        QStringLiteral("AcademicProgramName"),
        QStringLiteral("SessionName"),
        QStringLiteral("SessionDesignator"),
        QStringLiteral("SessionBeginDate"),
        QStringLiteral("SessionEndDate") };
    return names;
}

} // namespace

PescTranscriptImporter::PescTranscriptImporter(Level level)
    : m_level(level)
{ }

QString PescTranscriptImporter::formatId() const
{
    return m_level == Level::College ? QStringLiteral("pesc-college") : QStringLiteral("pesc-highschool");
}

Text PescTranscriptImporter::displayName() const
{
    return m_level == Level::College ? tx("ler::formats", "PESC College Transcript")
                                     : tx("ler::formats", "PESC High School Transcript");
}

QString PescTranscriptImporter::rootName() const
{
    return m_level == Level::College ? QStringLiteral("CollegeTranscript") : QStringLiteral("HighSchoolTranscript");
}

int PescTranscriptImporter::sniff(const InputProbe& probe, const QString& fileName) const
{
    Q_UNUSED(fileName)
    if (probe.shape != InputShape::Xml || probe.xmlRoot != rootName())
        return 0;
    return probe.xmlNamespace.startsWith(kMessageNamespace) ? 95 : 60;
}

Result<ImportBatch> PescTranscriptImporter::parse(const QByteArray& bytes) const
{
    QXmlStreamReader xml(bytes);
    TranscriptState st;
    st.r.sourceFormat = m_level == Level::College ? model::SourceFormat::PescCollegeTranscript
                                                  : model::SourceFormat::PescHighSchoolTranscript;
    st.r.kind = model::RecordKind::Education;
    st.r.unverified = true;
    QStringList path;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (Status safe = XmlSafety::check(xml, path.size(), false); !safe)
            return safe.error();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (path.isEmpty()) {
                if (name != rootName()) {
                    return invalidInput(tx("ler::formats",
                                            "The XML file is not a "
                                            "%1.")
                                            .arg(displayName()),
                        QStringLiteral("formats/pesc-wrong-root"));
                }
                const QString ns = xml.namespaceUri().toString();
                st.r.sourceVersion = ns.section(QLatin1Char(':'), -1);
                st.r.credentialTypes = { name };
            }
            if (leafNames().contains(name)) {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                st.leaf(path, name, text);
                continue;
            }
            if (name == QLatin1String("AcademicSession")) {
                ++st.sessions;
                st.session.clear();
            } else if (name == QLatin1String("Name") && path.contains(QStringLiteral("Student"))) {
                st.inStudentName = !st.nameDone;
            }
            path.append(name);
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = xml.name().toString();
            if (name == QLatin1String("Course")) {
                st.finishCourse();
                if (st.r.courses.size() > ImportLimits::maxItems) {
                    return Error(ErrorCode::LimitExceeded,
                        tx("ler::formats", "The transcript lists more than %1 courses.").arg(ImportLimits::maxItems),
                        QStringLiteral("formats/pesc-too-many-courses"));
                }
            } else if (name == QLatin1String("AcademicAward"))
                st.finishDegree();
            else if (name == QLatin1String("Name") && st.inStudentName) {
                st.inStudentName = false;
                st.nameDone = true;
            }
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (xml.hasError())
        return XmlSafety::readError(xml);

    model::Record& r = st.r;
    r.gpa = st.allGpa.isEmpty() ? st.firstGpa : st.allGpa;
    if (!st.nameParts.isEmpty())
        r.subjects.prepend({ QStringLiteral("name"), st.nameParts.join(QLatin1Char(' ')), false, {} });
    if (st.sessions > 0)
        r.claims.insert(QStringLiteral("academicSessions"), st.sessions);
    // A PESC transcript has no title of its own; the format and the institution name it where it is shown.
    if (!r.degrees.isEmpty()) {
        r.achievement.type = r.degrees.first().title;
        r.achievement.level = r.degrees.first().level;
    }
    r.achievement.result = r.gpa;

    ImportItem item;
    item.original = bytes;
    item.payload = bytes;
    item.record = r;
    return ImportBatch { formatId(), { item } };
}

} // namespace ler::formats

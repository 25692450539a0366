#include "petition/petitionpapers.h"

#include "common/isotime.h"
#include "petition/petitionrules.h"

#include <QCoreApplication>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::PetitionPapers)
};

bool wasAccepted(const PetitionCase& c)
{
    switch (c.status) {
    case CaseStatus::Accepted:
    case CaseStatus::Answered:
    case CaseStatus::Reviewing:
    case CaseStatus::Rereviewing:
    case CaseStatus::Closed:
        return c.decidedOn.isValid();
    case CaseStatus::Registered:
    case CaseStatus::NotAccepted:
    case CaseStatus::Forwarded:
        break;
    }
    return false;
}

// Text typed by the clerk, without the full stop it may end with (the paper adds its own).
QString clause(const QString& text)
{
    QString t = text.trimmed();
    while (!t.isEmpty() && (t.endsWith(QChar(0x3002)) || t.endsWith(QLatin1Char('.')) ||
                            t.endsWith(QChar(0xFF1B)) || t.endsWith(QLatin1Char(';'))))
        t.chop(1);
    return t;
}

bool several(const PetitionCase& c)
{
    return c.petitioners.size() > 1;
}

// How the paper addresses the petitioners: "张三" or "张三等6人".
QString addressee(const PetitionCase& c)
{
    if (c.petitioners.isEmpty())
        return Tr::tr("Petitioner");
    const QString first = c.petitioners.first().name.trimmed();
    if (!several(c))
        return first;
    return Tr::tr("%1 and others, %2 persons").arg(first).arg(c.petitioners.size());
}

QString you(const PetitionCase& c)
{
    return several(c) ? Tr::tr("all of you") : Tr::tr("you");
}

// Who handles the case: the unit and the responsible person, as far as they are known. A
// township's code is written as its name when it is the case's own township.
QString handler(const PetitionCase& c)
{
    QString unit = c.responsibleUnit.trimmed();
    bool code = !unit.isEmpty();
    for (QChar ch : unit)
        code = code && ch.isDigit();
    if (code)
        unit = unit == c.townshipCode ? c.townshipName : QString();
    const QString person = c.responsibleName.trimmed();
    if (!unit.isEmpty() && !person.isEmpty())
        return Tr::tr("%1 (responsible: %2)").arg(unit, person);
    return unit.isEmpty() ? (person.isEmpty() ? Tr::tr("this office") : person) : unit;
}

// Title, 文号 and addressee, the same on every paper.
OfficialDocument head(PetitionPapers::Paper p, const PetitionCase& c)
{
    OfficialDocument doc;
    doc.setTitle(PetitionPapers::paperTitle(p));
    doc.setDocumentNumber(c.number, Qt::AlignHCenter);
    // A long answer runs on: the next page says which paper it continues.
    doc.setContinuationHeader(Tr::tr("%1 (continued)").arg(PetitionPapers::paperTitle(p)),
                              c.number);
    doc.addSpace(1);
    doc.addLine(Tr::tr("%1:").arg(addressee(c)));
    return doc;
}

// The office's name and the date at the bottom right, with room for the seal above them.
void foot(OfficialDocument& doc, const QString& officeName, const QDate& printedOn)
{
    doc.addParagraph(Tr::tr("This is to inform you."));
    doc.addSpace(3);
    doc.addLine(Tr::tr("%1 (seal)").arg(officeName.trimmed()), Qt::AlignRight);
    doc.addDateLine(printedOn);
}

// "On 2026年3月2日 you submitted a petition concerning 抚恤待遇 …", the opening of every body.
QString received(const PetitionCase& c)
{
    return chineseDate(PetitionRules::receivedOn(c));
}

void acceptance(OfficialDocument& doc, const PetitionCase& c)
{
    doc.addParagraph(Tr::tr("On %1 %2 submitted a petition concerning %3. This office accepted "
                            "it on %4 under the Regulations on Letters and Visits Work.")
                         .arg(received(c), you(c), PetitionRules::subjectTitle(c.subject),
                              chineseDate(c.decidedOn)));
    doc.addParagraph(Tr::tr("The petition is handled by %1. This office will handle it within %2 "
                            "days of acceptance, that is by %3, and give %4 its opinion in "
                            "writing.")
                         .arg(handler(c))
                         .arg(PetitionRules::kAnswerDays)
                         .arg(chineseDate(PetitionRules::answerDeadline(c.decidedOn, 0)), you(c)));
    doc.addParagraph(Tr::tr("Where the matter is complicated, the time may be extended with "
                            "approval by no more than %1 days, and %2 will be told the reasons "
                            "in writing.")
                         .arg(PetitionRules::kMaxExtensionDays)
                         .arg(you(c)));
}

void nonAcceptance(OfficialDocument& doc, const PetitionCase& c)
{
    doc.addParagraph(Tr::tr("On %1 %2 submitted a petition concerning %3. Having examined it, "
                            "this office decided on %4 under the Regulations on Letters and "
                            "Visits Work not to accept it.")
                         .arg(received(c), you(c), PetitionRules::subjectTitle(c.subject),
                              chineseDate(c.decidedOn)));
    doc.addParagraph(Tr::tr("Reason: %1.").arg(clause(c.decisionReason)));
    doc.addParagraph(Tr::tr("Matters that the law requires to be settled through litigation, "
                            "arbitration, administrative reconsideration or other statutory "
                            "channels should be brought to the competent authorities in the "
                            "ways the laws and administrative regulations provide."));
}

void extension(OfficialDocument& doc, const PetitionCase& c)
{
    doc.addParagraph(Tr::tr("On %1 %2 submitted a petition concerning %3, which this office "
                            "accepted on %4; it was due to be handled by %5.")
                         .arg(received(c), you(c), PetitionRules::subjectTitle(c.subject),
                              chineseDate(c.decidedOn),
                              chineseDate(PetitionRules::answerDeadline(c.decidedOn, 0))));
    doc.addParagraph(
        Tr::tr("Because %1, with the approval of the head of this office the time "
               "for handling it is extended by %2 days. This office will handle it "
               "by %3 and give %4 its opinion in writing.")
            .arg(clause(c.extensionReason))
            .arg(c.extensionDays)
            .arg(chineseDate(PetitionRules::answerDeadline(c.decidedOn, c.extensionDays)), you(c)));
}

void opinion(OfficialDocument& doc, const PetitionCase& c)
{
    doc.addParagraph(Tr::tr("This office accepted on %1 the petition %2 submitted on %3 and has "
                            "handled it. Its opinion is as follows.")
                         .arg(chineseDate(c.decidedOn), you(c), received(c)));
    doc.addHeading(Tr::tr("1. The petition"));
    const QString summary = clause(c.summary);
    doc.addParagraph(summary.isEmpty()
                         ? Tr::tr("Concerning %1.").arg(PetitionRules::subjectTitle(c.subject))
                         : Tr::tr("%1.").arg(summary));
    if (!clause(c.demands).isEmpty())
        doc.addParagraph(Tr::tr("Request: %1.").arg(clause(c.demands)));
    doc.addHeading(Tr::tr("2. Findings and opinion"));
    for (const QString& para : c.answerText.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!para.trimmed().isEmpty())
            doc.addParagraph(para.trimmed());
    doc.addHeading(Tr::tr("3. Result"));
    doc.addParagraph(Tr::tr("Result: %1.").arg(PetitionRules::resultTitle(c.result)));
    if (c.rereviewAnsweredOn.isValid() || c.status == CaseStatus::Rereviewing)
        doc.addParagraph(Tr::tr("This is the opinion of the re-review and it is final. A "
                                "petition on the same facts and reasons will not be accepted "
                                "again."));
    else if (c.reviewAnsweredOn.isValid() || c.status == CaseStatus::Reviewing)
        doc.addParagraph(Tr::tr("If %1 do not agree with this review opinion, %1 may ask the "
                                "administrative office one level above the reviewing office for "
                                "a re-review within %2 days of receiving it.")
                             .arg(you(c))
                             .arg(PetitionRules::kReviewRequestDays));
    else
        doc.addParagraph(Tr::tr("If %1 do not agree with this opinion, %1 may ask the "
                                "administrative office one level above this office for a review "
                                "within %2 days of receiving it.")
                             .arg(you(c))
                             .arg(PetitionRules::kReviewRequestDays));
}

} // namespace

namespace PetitionPapers {

QString paperTitle(Paper p)
{
    switch (p) {
    case Paper::Acceptance:
        return Tr::tr("Notice of Acceptance");
    case Paper::NonAcceptance:
        return Tr::tr("Notice of Non-Acceptance");
    case Paper::Extension:
        return Tr::tr("Notice of Extension");
    case Paper::Opinion:
        return Tr::tr("Opinion on the Petition");
    }
    return QString();
}

QString unavailableReason(Paper p, const PetitionCase& c)
{
    switch (p) {
    case Paper::Acceptance:
        if (!wasAccepted(c))
            return Tr::tr("The case has not been accepted.");
        break;
    case Paper::NonAcceptance:
        if (c.status != CaseStatus::NotAccepted || !c.decidedOn.isValid())
            return Tr::tr("The case was not refused: there is no decision not to accept it.");
        break;
    case Paper::Extension:
        if (!wasAccepted(c) || c.extensionDays <= 0)
            return Tr::tr("The case has not been extended.");
        break;
    case Paper::Opinion:
        if (!c.answeredOn.isValid() || c.result == AnswerResult::None)
            return Tr::tr("The case has not been answered yet.");
        break;
    }
    return QString();
}

OfficialDocument paper(Paper p, const QString& officeName, const PetitionCase& c,
                       const QDate& printedOn)
{
    OfficialDocument doc = head(p, c);
    switch (p) {
    case Paper::Acceptance:
        acceptance(doc, c);
        break;
    case Paper::NonAcceptance:
        nonAcceptance(doc, c);
        break;
    case Paper::Extension:
        extension(doc, c);
        break;
    case Paper::Opinion:
        opinion(doc, c);
        break;
    }
    foot(doc, officeName, printedOn);
    return doc;
}

} // namespace PetitionPapers

} // namespace youfu::core

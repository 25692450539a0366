#pragma once

#include "petition/petition.h"
#include "report/officialdocument.h"

#include <QDate>
#include <QString>

namespace youfu::core {

// The letters-and-visits area's papers: A4, GB/T 9704 fonts (OfficialDocument), each with the
// case number as its 文号, dates written 2026年12月1日, the office's name as the issuer and the
// place for its seal. The petitioner addressed is the case's first petitioner ("张三等6人" when
// several). Masked IDs only, never a full citizen ID.
namespace PetitionPapers {

enum class Paper
{
    Acceptance,    // 受理告知书: accepted on, the responsible unit, the answer deadline
    NonAcceptance, // 不予受理告知书: the reason, where else to turn
    Extension,     // 延期办理告知书: the reason, the days, the new deadline
    Opinion // 处理意见书: the demands, the finding, the result, the way to ask for 复查
};

QString paperTitle(Paper p);
// Whether the paper can be printed for the case as it stands (e.g. no Extension paper before
// an extension), and why not in the clerk's words when it cannot.
QString unavailableReason(Paper p, const PetitionCase& c);
OfficialDocument paper(Paper p, const QString& officeName, const PetitionCase& c,
                       const QDate& printedOn);

} // namespace PetitionPapers

} // namespace youfu::core

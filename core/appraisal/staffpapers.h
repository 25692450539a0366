#pragma once

#include "appraisal/staffrules.h"
#include "report/officialdocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// The staff's papers: the post-responsibility form (岗位目标责任书) signed at the start of the
// year. Printed in Chinese, as the bureau's papers are.
namespace StaffPapers {

// "审批事项在5日内办结率不低于95.0%" — the duty a target sets, in words.
QString dutyText(const StaffTarget& target);

// A4, GB/T 9704: the office, the year, the person, each target (indicator, target, weight),
// the duties in words and the places to sign: 责任人, 科室负责人, 局长（盖章）, with date lines.
OfficialDocument pledge(const QString& officeName, int year, const StaffMember& person,
                        const QList<StaffTarget>& targets);

// "岗位目标责任书-2026-张三.pdf"
QString pledgeFileName(int year, const StaffMember& person);

} // namespace StaffPapers

} // namespace youfu::core

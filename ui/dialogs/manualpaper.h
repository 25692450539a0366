#pragma once

#include "report/officialdocument.h"

class QTextDocument;

namespace youfu::ui {

// The manual as a printable paper: the same text as on screen, laid out like the bureau's other
// papers (A4, GB/T 9704 margins and fonts, page numbers) by the core renderer. Headings are
// numbered as Chinese documents number them (一、 for a section, （一） for a part of it),
// numbered steps keep their numbers, and tables become ruled tables whose header row repeats.
core::OfficialDocument manualPaper(const QTextDocument& manual);

// 1 → 一, 12 → 十二, 21 → 二十一 (up to 99).
QString chineseNumeral(int n);

} // namespace youfu::ui

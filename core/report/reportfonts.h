#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace youfu::core {

// The typefaces of a printed paper. The office's own 仿宋 / 宋体 / 小标宋 win when installed;
// otherwise "Noto Serif CJK SC" (Debian fonts-noto-cjk), so a paper looks alike on every PC.
struct ReportFonts
{
    // Point sizes of Chinese official papers (字号).
    static constexpr double kTitlePt = 22.0;      // 二号: the title
    static constexpr double kBodyPt = 16.0;       // 三号: paragraphs, signatures, date line
    static constexpr double kTablePt = 12.0;      // 小四: ruled tables and particulars
    static constexpr double kTableLargePt = 14.0; // 四号: short tables, page numbers
    static constexpr double kSmallPt = 10.5;      // 五号: notes under a table

    QString bodyFamily;      // 仿宋 for running text
    QString tableFamily;     // 宋体 for tables
    QString headingFamily;   // 小标宋 for the title
    bool headingBold = true; // 小标宋 is heavy already; every fallback needs bold

    // Pure choice from a list of installed families (testable without fonts).
    static ReportFonts choose(const QStringList& installedFamilies);
    // The choice for this PC, via QFontDatabase (needs a QGuiApplication). Cached.
    static const ReportFonts& installed();

    QFont titleFont() const;
    QFont bodyFont() const;
    QFont tableFont(double pointSize = kTablePt) const;
};

} // namespace youfu::core

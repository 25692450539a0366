#include "report/reportfonts.h"

#include <QFontDatabase>

namespace youfu::core {

namespace {

const QString kNotoSerif = QStringLiteral("Noto Serif CJK SC");

QString firstInstalled(const QStringList& wanted, const QStringList& installed)
{
    for (const QString& w : wanted) {
        for (const QString& i : installed) {
            // QFontDatabase may add a foundry suffix, e.g. "SimSun [Monotype]".
            if (i.compare(w, Qt::CaseInsensitive) == 0 ||
                i.startsWith(w + QStringLiteral(" ["), Qt::CaseInsensitive))
                return w;
        }
    }
    return QString();
}

} // namespace

ReportFonts ReportFonts::choose(const QStringList& installedFamilies)
{
    const QStringList fangSong = {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"),
                                  QStringLiteral("仿宋"),        QStringLiteral("FangSong"),
                                  QStringLiteral("STFangsong"),  QStringLiteral("华文仿宋")};
    const QStringList song = {QStringLiteral("宋体"), QStringLiteral("SimSun"),
                              QStringLiteral("NSimSun"), QStringLiteral("STSong"),
                              QStringLiteral("华文宋体")};
    const QStringList xiaoBiaoSong = {
        QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
        QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("FZXiaoBiaoSong-B05"),
        QStringLiteral("小标宋")};
    const QString noto = firstInstalled({kNotoSerif}, installedFamilies);
    const QString songFound = firstInstalled(song, installedFamilies);
    // Last resort: the name itself; Qt then substitutes whatever CJK font it has.
    const QString serif = !noto.isEmpty() ? noto : !songFound.isEmpty() ? songFound : kNotoSerif;

    ReportFonts f;
    const QString fang = firstInstalled(fangSong, installedFamilies);
    f.bodyFamily = !fang.isEmpty() ? fang : !songFound.isEmpty() ? songFound : serif;
    f.tableFamily = !songFound.isEmpty() ? songFound : serif;
    const QString xbs = firstInstalled(xiaoBiaoSong, installedFamilies);
    f.headingFamily = !xbs.isEmpty() ? xbs : serif;
    f.headingBold = xbs.isEmpty();
    return f;
}

const ReportFonts& ReportFonts::installed()
{
    static const ReportFonts fonts = choose(QFontDatabase::families());
    return fonts;
}

QFont ReportFonts::titleFont() const
{
    QFont f(headingFamily);
    f.setPointSizeF(kTitlePt);
    f.setBold(headingBold);
    f.setStyleHint(QFont::Serif);
    return f;
}

QFont ReportFonts::bodyFont() const
{
    QFont f(bodyFamily);
    f.setPointSizeF(kBodyPt);
    f.setStyleHint(QFont::Serif);
    return f;
}

QFont ReportFonts::tableFont(double pointSize) const
{
    QFont f(tableFamily);
    f.setPointSizeF(pointSize);
    f.setStyleHint(QFont::Serif);
    return f;
}

} // namespace youfu::core

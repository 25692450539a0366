#include "care/registertools.h"

#include "care/registerexport.h"
#include "registry/areastore.h"
#include "widgets/filechooser.h"
#include "widgets/savedfile.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

#include <algorithm>

namespace youfu::ui {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::ui::RegisterTools)
};
} // namespace

void fillYearFilter(QComboBox* combo, QList<int> years, int thisYear)
{
    const QVariant chosen = combo->count() > 0 ? combo->currentData() : QVariant(thisYear);
    if (!years.contains(thisYear))
        years << thisYear;
    std::sort(years.begin(), years.end(), std::greater<int>());
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(Tr::tr("All years"), 0);
    for (int y : years)
        combo->addItem(Tr::tr("%1").arg(y), y);
    const int at = combo->findData(chosen);
    combo->setCurrentIndex(at >= 0 ? at : combo->findData(thisYear));
}

void fillTownshipFilter(QComboBox* combo, core::Database& db, const QString& allText, bool county)
{
    const QVariant chosen = combo->currentData();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(allText, QString());
    if (county)
        combo->addItem(Tr::tr("Whole county"), QStringLiteral("county"));
    for (const core::Township& t : core::AreaStore(db).townships())
        combo->addItem(t.name, t.code);
    combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
}

QString exportRegisterFile(QWidget* parent, const Session& session, const core::ExportTable& table,
                           const QString& listKey, const QString& baseName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1-%2.xlsx")
            .arg(baseName, session.db->clock().today().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = chooseSaveFile(parent, Tr::tr("Export %1").arg(baseName), suggested,
                                        Tr::tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return QString();
    core::ExportOptions options;
    options.format = core::exportFormatForPath(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = core::exportRegister(*session.db, session.actor, table, listKey, path, options);
    QApplication::restoreOverrideCursor();
    if (!written) {
        QMessageBox::warning(parent, Tr::tr("Export"), written.error());
        return QString();
    }
    showSavedFile(parent, path);
    return path;
}

} // namespace youfu::ui

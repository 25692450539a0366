#include "township/zeroreportpanel.h"

#include "common/isotime.h"
#include "dialogs/dialogparts.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "township/zerogridmodel.h"
#include "township/zeroimportdialog.h"
#include "township/zeroreportdialog.h"
#include "township/zeroreportimport.h"
#include "township/zeroreportpapers.h"
#include "township/zeroreportrules.h"
#include "township/zeroreportstore.h"
#include "widgets/filechooser.h"
#include "widgets/printpreview.h"
#include "widgets/savedfile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

ZeroReportPanel::ZeroReportPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session)
{
    setObjectName(QStringLiteral("zeroReports"));
    core::ZeroReportStore store(*session.db);
    const QDate today = store.now().date();
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_month->setObjectName(QStringLiteral("zeroMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(false);
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("zeroTownshipFilter"));
    m_township->addItem(tr("All townships"), QString());
    if (auto list = store.activeTownships())
        for (const core::Township& t : list.value())
            m_township->addItem(t.name, t.code);
    auto* townLabel = new QLabel(tr("T&ownship:"), this);
    townLabel->setBuddy(m_township);
    m_record = new QPushButton(tr("&Record a zero report…"), this);
    m_record->setObjectName(QStringLiteral("recordZeroReport"));
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("importZeroReports"));
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printZeroGrid"));
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setObjectName(QStringLiteral("exportZeroGrid"));
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addWidget(townLabel);
    top->addWidget(m_township);
    top->addStretch();
    top->addWidget(m_record);
    top->addWidget(m_import);
    top->addWidget(print);
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_model = new ZeroGridModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("zeroGrid"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setMinimumSectionSize(20);
    layout->addWidget(m_table, 1);
    auto* legend = new QLabel(core::ZeroReportPapers::legend(), this);
    legend->setWordWrap(true);
    layout->addWidget(legend);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("zeroMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_missing);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);

    m_record->setVisible(canManage());
    m_import->setVisible(canManage());

    connect(m_month, &QDateEdit::dateChanged, this, &ZeroReportPanel::reload);
    connect(m_township, &QComboBox::currentIndexChanged, this, &ZeroReportPanel::reload);
    connect(m_record, &QPushButton::clicked, this, &ZeroReportPanel::recordNew);
    connect(m_import, &QPushButton::clicked, this, &ZeroReportPanel::chooseImport);
    connect(print, &QPushButton::clicked, this, &ZeroReportPanel::print);
    connect(exportButton, &QPushButton::clicked, this, &ZeroReportPanel::chooseExport);
    connect(m_table, &QTableView::doubleClicked, this, &ZeroReportPanel::openCell);
    connect(m_table, &QTableView::activated, this, &ZeroReportPanel::openCell);
}

bool ZeroReportPanel::canManage() const
{
    return core::isAllowed(m_session.actor.roles, core::Permission::ManageTownships);
}

void ZeroReportPanel::setMonth(int year, int month)
{
    m_month->setDate(QDate(year, month, 1));
}

void ZeroReportPanel::reload()
{
    m_error->hide();
    const QDate m = m_month->date();
    auto grid = core::ZeroReportStore(*m_session.db)
                    .monthGrid(m.year(), m.month(), m_township->currentData().toString());
    if (!grid) {
        m_model->setGrid({});
        showError(m_error, grid.error());
        return;
    }
    m_model->setGrid(grid.value());
    m_table->resizeColumnsToContents();
    showMissing();
}

void ZeroReportPanel::showMissing()
{
    core::ZeroReportStore store(*m_session.db);
    auto last7 = store.missingLast7();
    auto home = store.homeCounts();
    if (!last7 || !home) {
        showError(m_error, !last7 ? last7.error() : home.error());
        return;
    }
    QStringList missing;
    for (const core::ZeroMissing& m : last7.value())
        missing << QStringLiteral("%1 %2月%3日")
                       .arg(m.townshipName)
                       .arg(m.day.month())
                       .arg(m.day.day());
    QString text =
        missing.isEmpty()
            ? tr("No report of the last 7 days is missing.")
            : tr("Missing in the last 7 days: %1").arg(missing.join(QStringLiteral("、")));
    text += QLatin1Char('\n') +
            tr("%n township(s) not yet reported for %1 (due by %2).", nullptr, home->notYetReported)
                .arg(core::chineseDate(home->dueDay))
                .arg(core::ZeroReportRules::deadline(home->dueDay, store.deadlineHours())
                         .toString(QStringLiteral("M月d日 HH:mm")));
    m_missing->setText(text);
}

bool ZeroReportPanel::openView(const QString& view)
{
    if (view.isEmpty())
        return true;
    if (view != QLatin1String("missing"))
        return false;
    const QDate today = core::ZeroReportStore(*m_session.db).now().date();
    m_township->setCurrentIndex(0);
    setMonth(today.year(), today.month());
    reload();
    // The first missing cell of the month, if any.
    for (int r = 0; r < m_model->rowCount(); ++r)
        for (int c = 1; c <= m_model->days(); ++c)
            if (m_model->index(r, c).data(ZeroGridModel::StatusRole).toInt() ==
                int(core::ZeroDayStatus::Missing)) {
                m_table->setCurrentIndex(m_model->index(r, c));
                m_table->setFocus();
                return true;
            }
    return true;
}

void ZeroReportPanel::openCell(const QModelIndex& index)
{
    const QDate day = m_model->dayOf(index.column());
    if (!day.isValid())
        return;
    core::ZeroReportStore store(*m_session.db);
    const qint64 id = index.data(ZeroGridModel::ReportIdRole).toLongLong();
    if (id > 0) {
        auto report = store.report(id);
        if (!report) {
            showError(m_error, report.error());
            return;
        }
        ZeroReportDialog dialog(m_session, report.value(), !canManage(), this);
        if (dialog.exec() == QDialog::Accepted && canManage()) {
            Q_EMIT statusMessage(tr("The zero report is corrected."));
            reload();
        }
        return;
    }
    if (!canManage() || day > store.now().date())
        return;
    ZeroReportDialog dialog(m_session, m_model->townshipAt(index.row()), day, this);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT statusMessage(tr("The zero report is recorded."));
        reload();
    }
}

void ZeroReportPanel::recordNew()
{
    const QModelIndex at = m_table->currentIndex();
    const QDate day = m_model->dayOf(at.column());
    ZeroReportDialog dialog(
        m_session, m_model->townshipAt(at.row()),
        day.isValid() && at.data(ZeroGridModel::ReportIdRole).toLongLong() == 0 ? day : QDate(),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("The zero report is recorded."));
    reload();
}

bool ZeroReportPanel::importFrom(const QString& path)
{
    auto preview = core::ZeroReportImport(*m_session.db).preview(path);
    if (!preview) {
        showError(m_error, preview.error());
        return false;
    }
    ZeroImportDialog dialog(m_session, preview.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT statusMessage(
        tr("%n zero report(s) recorded from the file.", nullptr, dialog.recorded()));
    reload();
    return true;
}

void ZeroReportPanel::chooseImport()
{
    const QString path = chooseOpenFile(this, tr("Import zero reports"), QDir::homePath(),
                                        tr("Spreadsheets (*.xlsx *.xls *.csv)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool ZeroReportPanel::exportTo(const QString& path)
{
    auto rows = core::ZeroReportPapers::exportMonthGrid(*m_session.db, m_session.actor,
                                                        m_model->grid(), path);
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    Q_EMIT statusMessage(tr("The month grid is exported."));
    return true;
}

void ZeroReportPanel::chooseExport()
{
    const core::ZeroMonthGrid& g = m_model->grid();
    const QString name = QStringLiteral("零报告%1年%2月.xlsx").arg(g.year).arg(g.month);
    const QString path =
        chooseSaveFile(this, tr("Export the month grid"), QDir::home().filePath(name),
                       tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (!path.isEmpty() && exportTo(path))
        showSavedFile(this, path);
}

core::OfficialDocument ZeroReportPanel::paper() const
{
    core::ZeroReportStore store(*m_session.db);
    return core::ZeroReportPapers::monthGrid(core::SettingsStore(*m_session.db).officeName(),
                                             m_model->grid(), store.now().date());
}

void ZeroReportPanel::print()
{
    const core::ZeroMonthGrid& g = m_model->grid();
    showPrintPreview(this, paper(),
                     QStringLiteral("零报告报送情况表%1年%2月.pdf").arg(g.year).arg(g.month));
}

} // namespace youfu::ui

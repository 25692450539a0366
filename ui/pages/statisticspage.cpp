#include "pages/statisticspage.h"

#include "dialogs/dialogparts.h"
#include "security/permission.h"
#include "statistics/statchartview.h"
#include "statistics/statisticsexport.h"
#include "statistics/statisticsrules.h"
#include "statistics/statisticsstore.h"
#include "statistics/statisticstables.h"
#include "statistics/stattablemodel.h"
#include "widgets/filechooser.h"
#include "widgets/glyphicon.h"
#include "widgets/savedfile.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <atomic>

namespace youfu::ui {

StatisticsPage::StatisticsPage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("statisticsPage"));
    auto* layout = new QVBoxLayout(this);
    if (!core::isAllowed(session.actor.roles, core::Permission::ViewBusiness)) {
        auto* note = new QLabel(tr("The statistics are for the staff who may view business "
                                   "records."),
                                this);
        note->setObjectName(QStringLiteral("statisticsNoAccess"));
        layout->addWidget(note);
        layout->addStretch();
        return;
    }

    auto* bar = new QHBoxLayout();
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("statisticsYear"));
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("statisticsTownship"));
    m_township->setMinimumContentsLength(8);
    auto* townshipLabel = new QLabel(tr("To&wnship:"), this);
    townshipLabel->setBuddy(m_township);
    m_xlsx = new QPushButton(tr("Export &xlsx…"), this);
    m_xlsx->setObjectName(QStringLiteral("statisticsExportXlsx"));
    m_pdf = new QPushButton(tr("Export &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("statisticsExportPdf"));
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(townshipLabel);
    bar->addWidget(m_township);
    bar->addStretch();
    bar->addWidget(m_xlsx);
    bar->addWidget(m_pdf);
    layout->addLayout(bar);

    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("statisticsCheck"));
    m_check->setWordWrap(true);
    m_check->setVisible(false);
    layout->addWidget(m_check);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("statisticsTabs"));
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    // One tab per table: built once from an empty year, so the tabs exist before the figures.
    core::YearStatistics empty;
    for (const core::StatTable& t : core::StatisticsTables::all(empty)) {
        auto* model = new StatTableModel(this);
        model->setObjectName(QStringLiteral("statModel_%1").arg(t.key));
        auto* view = new QTableView(this);
        view->setObjectName(QStringLiteral("statTable_%1").arg(t.key));
        view->setModel(model);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->setVisible(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
        auto* chart = new StatChartView(this);
        chart->setObjectName(QStringLiteral("statChart_%1").arg(t.key));
        // Narrow tables sit beside their chart, wide ones above it.
        const bool wide = t.columns.size() > 4 || t.key.startsWith(QStringLiteral("benefits")) ||
                          t.key == QLatin1String("persons_matrix");
        auto* split = new QSplitter(wide ? Qt::Vertical : Qt::Horizontal, this);
        split->addWidget(view);
        split->addWidget(chart);
        split->setStretchFactor(0, wide ? 1 : 2);
        split->setStretchFactor(1, wide ? 1 : 3);
        split->setChildrenCollapsible(false);
        QString tab = t.title;
        tab.replace(QStringLiteral("（"), QStringLiteral(" · ")).remove(QStringLiteral("）"));
        m_tabs->addTab(split, tab);
        m_models << model;
        m_charts << chart;
    }

    fillYears();
    m_township->addItem(tr("All townships"), QString());
    if (auto towns = core::StatisticsStore(*session.db).townships()) {
        for (const core::NamedCode& t : towns.value())
            m_township->addItem(t.name, t.code);
    } else {
        showError(m_error, towns.error());
    }
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_township, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
}

QIcon StatisticsPage::icon() const
{
    return glyphIcon(QStringLiteral("统"), QColor(QRgb(0x3a6f4e)));
}

void StatisticsPage::fillYears()
{
    m_loading = true;
    const int current = session().db->clock().today().year();
    m_year->clear();
    QList<int> years{current};
    if (auto read = core::StatisticsStore(*session().db).years())
        years = read.value();
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    m_year->setCurrentIndex(qMax(0, m_year->findData(current)));
    m_loading = false;
}

void StatisticsPage::refresh()
{
    if (m_year)
        reload();
}

void StatisticsPage::reload()
{
    if (m_loading || !m_year)
        return;
    core::StatisticsFilter filter;
    filter.year = m_year->currentData().toInt();
    filter.townshipCode = m_township->currentData().toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto read = core::StatisticsStore(*session().db).load(filter);
    QApplication::restoreOverrideCursor();
    if (!read) {
        showError(m_error, read.error());
        return;
    }
    m_error->hide();
    m_stats = read.takeValue();
    const QList<core::StatTable> tables = core::StatisticsTables::all(m_stats);
    for (int i = 0; i < tables.size() && i < m_models.size(); ++i) {
        m_models.at(i)->setTable(tables.at(i));
        m_charts.at(i)->setChartData(core::StatisticsRules::chart(tables.at(i)));
        auto* view = m_tabs->widget(i)->findChild<QTableView*>();
        if (view)
            view->resizeColumnsToContents();
    }
    const QStringList problems = core::StatisticsRules::flowProblems(m_stats);
    m_check->setText(problems.isEmpty()
                         ? QString()
                         : tr("These figures do not add up (start + new + moved in − moved out − "
                              "ended ≠ end): %1")
                               .arg(problems.join(QStringLiteral("; "))));
    m_check->setVisible(!problems.isEmpty());
    Q_EMIT statusMessage(tr("Statistics of %1 read.").arg(filter.year));
}

QString StatisticsPage::suggestedName(const QString& suffix) const
{
    QString name = core::StatisticsTables::reportTitle(m_stats);
    return QDir::home().filePath(QStringLiteral("%1.%2").arg(name, suffix));
}

void StatisticsPage::chooseExport(bool pdf)
{
    const QString path = pdf ? chooseSaveFile(this, tr("Export the statistics as PDF"),
                                              suggestedName("pdf"), tr("PDF (*.pdf)"))
                             : chooseSaveFile(this, tr("Export the statistics as a workbook"),
                                              suggestedName("xlsx"), tr("Excel workbook (*.xlsx)"));
    if (!path.isEmpty() && exportTo(path))
        showSavedFile(this, path);
}

bool StatisticsPage::exportTo(const QString& path)
{
    if (!m_year)
        return false;
    // The database belongs to this thread: the export runs here and the progress dialog keeps
    // the window alive between its steps.
    QProgressDialog progress(tr("Exporting the statistics…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("statisticsProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel{false};
    core::ExportOptions options;
    options.cancel = &cancel;
    options.progress = [&](int permille) {
        progress.setValue(qBound(0, permille, 999));
        if (m_progressHook)
            m_progressHook(&progress);
        QApplication::processEvents();
        if (progress.wasCanceled())
            cancel = true;
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto rows =
        core::StatisticsExport::write(*session().db, session().actor, m_stats, path, options);
    QApplication::restoreOverrideCursor();
    progress.reset();
    if (!rows) {
        showError(m_error, rows.error());
        return false;
    }
    m_error->hide();
    Q_EMIT statusMessage(
        tr("The statistics are exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace youfu::ui

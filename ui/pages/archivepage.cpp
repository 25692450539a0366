#include "pages/archivepage.h"

#include "archive/archivedocumentstore.h"
#include "archive/archiveloanstore.h"
#include "archive/archivestore.h"
#include "archive/completenessstore.h"
#include "archive/verificationinboxstore.h"
#include "common/isotime.h"
#include "dialogs/exportdialog.h"
#include "models/incompletepersonmodel.h"
#include "models/personpickmodel.h"
#include "models/recordtablemodel.h"
#include "registry/areastore.h"
#include "registry/categorystore.h"
#include "security/permission.h"
#include "widgets/archivepanel.h"
#include "widgets/filechooser.h"
#include "widgets/glyphicon.h"
#include "widgets/savedfile.h"
#include "widgets/searchtolist.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QTableView* makeTable(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* v = new QTableView(parent);
    v->setObjectName(QLatin1String(name));
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->setAlternatingRowColors(true);
    return v;
}
} // namespace

ArchivePage::ArchivePage(Session& session, QWidget* parent) : Page(session, parent)
{
    setObjectName(QStringLiteral("archivePage"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Archive files"), this);
    heading->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #23324a;"));
    layout->addWidget(heading);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("archiveTabs"));
    m_tabs->addTab(buildArchiveTab(), tr("Archive of a person"));
    m_tabs->addTab(buildQueueTab(), tr("Waiting for verification"));
    m_tabs->addTab(buildLoansTab(), tr("Lending"));
    m_tabs->addTab(buildCompletenessTab(), tr("Completeness"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i == 1)
            refreshQueue();
        else if (i == 2)
            refreshLoans();
        else if (i == 3)
            refreshCompleteness();
    });
    connect(m_panel, &ArchivePanel::statusMessage, this, &Page::statusMessage);
}

QIcon ArchivePage::icon() const
{
    return glyphIcon(QStringLiteral("档"), QColor(0x8b, 0x5a, 0x2b));
}

void ArchivePage::setSaveChooser(SaveChooser chooser)
{
    m_saveChooser = chooser;
    m_panel->setSaveChooser(std::move(chooser));
}

QWidget* ArchivePage::buildArchiveTab()
{
    auto* tab = new QWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("archiveSearch"));
    m_search->setPlaceholderText(tr("Name, citizen ID or village…"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_persons = new PersonPickModel(*session().db, this);
    m_personView = makeTable(m_persons, "archivePersons", left);
    fitColumns(m_personView, -1); // a narrow pane: whole names and categories, scrolled
    leftLayout->addWidget(m_personView, 1);
    m_panel = new ArchivePanel(session(), split);
    split->addWidget(left);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({560, 740}); // the person list whole at 1280 wide (names, IDs, categories)
    auto* l = new QVBoxLayout(tab);
    l->addWidget(split);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_search->text()); });
    searchToList(m_search, m_personView, {}, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            search(m_search->text());
        }
    });
    connect(m_personView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_panel->setPerson(m_persons->personIdAt(current.row()));
            });
    return tab;
}

void ArchivePage::search(const QString& text)
{
    core::RegistryQuery q;
    q.text = text.trimmed();
    m_persons->setQuery(q);
    if (m_persons->rowCount() == 1)
        m_personView->selectRow(0);
}

void ArchivePage::openPerson(qint64 personId)
{
    m_tabs->setCurrentIndex(0);
    m_panel->setPerson(personId);
}

QWidget* ArchivePage::buildQueueTab()
{
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    m_queueCount = new QLabel(tab);
    m_queueCount->setObjectName(QStringLiteral("queueCount"));
    l->addWidget(m_queueCount);
    auto* buttons = new QHBoxLayout;
    auto* open = new QPushButton(tr("&Open archive"), tab);
    auto* verify = new QPushButton(tr("&Verify"), tab);
    verify->setObjectName(QStringLiteral("queueVerify"));
    auto* ret = new QPushButton(tr("&Return…"), tab);
    ret->setObjectName(QStringLiteral("queueReturn"));
    for (QPushButton* b : {open, verify, ret})
        buttons->addWidget(b);
    buttons->addStretch(1);
    l->addLayout(buttons);
    m_queue = new RecordTableModel({tr("Person"), tr("Archive number"), tr("Entry"), tr("Filed by"),
                                    tr("Filed at"), tr("Status")},
                                   this);
    m_queueView = makeTable(m_queue, "queueView", tab);
    fitColumns(m_queueView, 2);
    l->addWidget(m_queueView, 1);
    // Verify and return only with an entry chosen, and only for whoever may verify.
    const bool canVerify = core::isAllowed(session().actor.roles, core::Permission::VerifyArchive);
    auto updateButtons = [this, open, verify, ret, canVerify] {
        const bool chosen =
            m_queueView->selectionModel()->hasSelection() && m_queueView->currentIndex().isValid();
        open->setEnabled(chosen);
        verify->setEnabled(canVerify && chosen);
        ret->setEnabled(canVerify && chosen);
    };
    updateButtons();
    connect(m_queueView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            updateButtons);
    connect(m_queue, &QAbstractItemModel::modelReset, this, updateButtons);
    connect(open, &QPushButton::clicked, this, [this] {
        const int row = m_queueView->currentIndex().row();
        if (row >= 0)
            openPerson(m_queue->rowAt(row).extra);
    });
    connect(m_queueView, &QTableView::doubleClicked, open, &QPushButton::click);
    connect(verify, &QPushButton::clicked, this, [this] { decideQueueItem(true); });
    connect(ret, &QPushButton::clicked, this, [this] { decideQueueItem(false); });
    return tab;
}

void ArchivePage::refreshQueue()
{
    core::VerificationInboxStore inbox(*session().db);
    const qint64 me = session().actor.userId;
    QList<RecordTableModel::Row> rows;
    // The section chief sees what waits; everybody sees what was returned to them.
    QList<core::VerificationItem> items = inbox.returnedTo(me);
    if (core::isAllowed(session().actor.roles, core::Permission::VerifyArchive))
        items = inbox.waiting() + items;
    for (const core::VerificationItem& i : items) {
        const bool mine = i.filedBy == me || i.changedBy == me;
        const bool doc = i.kind == core::VerificationItem::Kind::Document;
        QString status = core::entryStatusTitle(i.status);
        if (i.status == core::EntryStatus::Returned)
            status += QStringLiteral(": ") + i.returnReason;
        else if (mine)
            status += tr(" (yours: another chief verifies it)");
        // The id is signed: documents positive, archive-data revisions negative.
        rows << RecordTableModel::Row{
            doc ? i.id : -i.id,
            {i.personName, i.archiveNumber, i.what, i.filedByName,
             i.filedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), status},
            i.status == core::EntryStatus::Returned ? QColor(0xb0, 0x00, 0x20) : QColor(),
            i.personId};
    }
    m_queue->setRows(rows);
    // The line above the list speaks of what the list holds.
    if (core::isAllowed(session().actor.roles, core::Permission::VerifyArchive))
        m_queueCount->setText(tr("%1 entries wait for verification; %2 of yours were returned.")
                                  .arg(inbox.waitingCount())
                                  .arg(inbox.returnedCountFor(me)));
    else
        m_queueCount->setText(tr("%1 of your entries were returned; the section chief verifies "
                                 "the others.")
                                  .arg(inbox.returnedCountFor(me)));
}

void ArchivePage::decideQueueItem(bool verify)
{
    const int row = m_queueView->currentIndex().row();
    if (row < 0)
        return;
    const qint64 id = m_queue->rowAt(row).id;
    QString reason;
    if (!verify) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Return entry"),
                                       tr("Why is the entry returned to the filer?"),
                                       QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    core::Database& db = *session().db;
    core::Status s;
    if (id > 0)
        s = verify ? core::ArchiveDocumentStore(db).verify(session().actor, id)
                   : core::ArchiveDocumentStore(db).returnEntry(session().actor, id, reason);
    else
        s = verify ? core::ArchiveStore(db).verifyRevision(session().actor, -id)
                   : core::ArchiveStore(db).returnRevision(session().actor, -id, reason);
    if (!s)
        QMessageBox::warning(this, verify ? tr("Verify") : tr("Return entry"), s.error());
    refreshQueue();
    m_panel->reload();
}

QWidget* ArchivePage::buildLoansTab()
{
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    m_loanFilter = new QComboBox(tab);
    m_loanFilter->setObjectName(QStringLiteral("loanFilter"));
    m_loanFilter->addItem(tr("All files that are out"));
    m_loanFilter->addItem(tr("Overdue only"));
    l->addWidget(m_loanFilter);
    m_loans =
        new RecordTableModel({tr("Archive number"), tr("Person"), tr("Borrower"), tr("Unit"),
                              tr("Purpose"), tr("Lent on"), tr("Expected back"), tr("Lent by")},
                             this);
    m_loanView = makeTable(m_loans, "loansView", tab);
    fitColumns(m_loanView, 4);
    l->addWidget(m_loanView, 1);
    connect(m_loanFilter, &QComboBox::currentIndexChanged, this, &ArchivePage::refreshLoans);
    connect(m_loanView, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { openPerson(m_loans->rowAt(i.row()).extra); });
    return tab;
}

void ArchivePage::refreshLoans()
{
    core::ArchiveLoanStore store(*session().db);
    const QDate today = session().db->clock().today();
    QList<RecordTableModel::Row> rows;
    for (const core::ArchiveLoan& l :
         m_loanFilter->currentIndex() == 1 ? store.overdue() : store.out())
        rows << RecordTableModel::Row{
            l.id,
            {l.archiveNumber, l.personName, l.borrower, l.unit, l.purpose,
             core::toIsoDate(l.lentOn), core::toIsoDate(l.expectedReturn), l.lentByName},
            l.expectedReturn < today ? QColor(0xb0, 0x00, 0x20) : QColor(),
            l.personId};
    m_loans->setRows(rows);
}

QWidget* ArchivePage::buildCompletenessTab()
{
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    auto* filters = new QHBoxLayout;
    m_township = new QComboBox(tab);
    m_township->setObjectName(QStringLiteral("completenessTownship"));
    m_township->addItem(tr("All townships"), QString());
    for (const core::Township& t : core::AreaStore(*session().db).townships())
        m_township->addItem(t.name, t.code);
    m_category = new QComboBox(tab);
    m_category->setObjectName(QStringLiteral("completenessCategory"));
    m_category->addItem(tr("All categories"), QString());
    for (const core::Category& c : core::CategoryStore(*session().db).all())
        m_category->addItem(c.name, c.code);
    auto* exportSummary = new QPushButton(tr("Export summary (CSV)…"), tab);
    exportSummary->setObjectName(QStringLiteral("exportSummary"));
    auto* exportPersons = new QPushButton(tr("Export persons (CSV)…"), tab);
    exportPersons->setObjectName(QStringLiteral("exportPersons"));
    filters->addWidget(m_township);
    filters->addWidget(m_category);
    filters->addStretch(1);
    filters->addWidget(exportSummary);
    filters->addWidget(exportPersons);
    l->addLayout(filters);
    m_summaryNote = new QLabel(tab);
    m_summaryNote->setObjectName(QStringLiteral("summaryNote"));
    l->addWidget(m_summaryNote);
    auto* split = new QSplitter(Qt::Vertical, tab);
    m_summary = new RecordTableModel(
        {tr("Township"), tr("Category"), tr("Persons"), tr("Incomplete"), tr("Missing documents")},
        this);
    // Whole category names, a narrow count of missing documents.
    fitColumns(makeTable(m_summary, "summaryView", split), -1);
    m_incomplete = new IncompletePersonModel(*session().db, this);
    auto* persons = makeTable(m_incomplete, "incompleteView", split);
    fitColumns(persons, IncompletePersonModel::Missing);
    l->addWidget(split, 1);
    connect(m_township, &QComboBox::currentIndexChanged, this, &ArchivePage::refreshCompleteness);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ArchivePage::refreshCompleteness);
    connect(exportSummary, &QPushButton::clicked, this, [this] { exportCompleteness(false); });
    connect(exportPersons, &QPushButton::clicked, this, [this] { exportCompleteness(true); });
    connect(persons, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { openPerson(m_incomplete->personIdAt(i.row())); });
    for (const bool persons : {false, true}) {
        auto* b = new QPushButton(persons ? tr("Export persons…") : tr("Export summary…"), tab);
        b->setObjectName(persons ? QStringLiteral("exportPersonsSheet")
                                 : QStringLiteral("exportSummarySheet"));
        b->setToolTip(tr("Excel or CSV, with the township and category chosen"));
        filters->addWidget(b);
        connect(b, &QPushButton::clicked, this,
                [this, persons] { exportCompletenessSheet(persons); });
    }
    return tab;
}

void ArchivePage::refreshCompleteness()
{
    const core::CompletenessFilter f{m_township->currentData().toString(),
                                     m_category->currentData().toString()};
    QList<RecordTableModel::Row> rows;
    qint64 persons = 0, incomplete = 0;
    const auto summary = core::CompletenessStore(*session().db).summary(f);
    for (const core::CompletenessSummaryRow& r :
         summary ? summary.value() : QList<core::CompletenessSummaryRow>()) {
        rows << RecordTableModel::Row{0,
                                      {r.townshipName, r.categoryName, QString::number(r.persons),
                                       QString::number(r.incomplete),
                                       QString::number(r.missingDocuments)},
                                      r.incomplete ? QColor(0xb0, 0x00, 0x20) : QColor()};
        persons += r.persons;
        incomplete += r.incomplete;
    }
    m_summary->setRows(rows);
    m_incomplete->setFilter(f);
    // A view that could not be read says why instead of showing an empty archive.
    const QString error = summary ? m_incomplete->lastError() : summary.error();
    if (!error.isEmpty()) {
        m_summaryNote->setText(error);
        return;
    }
    m_summaryNote->setText(
        tr("Only verified documents count. %1 of %2 category holdings lack a required document; "
           "%3 persons are listed below.")
            .arg(incomplete)
            .arg(persons)
            .arg(m_incomplete->rowCount()));
}

bool ArchivePage::exportCompleteness(bool persons)
{
    const QString suggested =
        persons ? QStringLiteral("档案缺失材料名单.csv") : QStringLiteral("档案完整性统计.csv");
    const QString path = m_saveChooser
                             ? m_saveChooser(this, suggested)
                             : chooseSaveFile(this, tr("Export"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return false;
    const core::CompletenessFilter f{m_township->currentData().toString(),
                                     m_category->currentData().toString()};
    core::CompletenessStore store(*session().db);
    const core::Status s = persons ? store.exportIncompleteCsv(session().actor, path, f)
                                   : store.exportSummaryCsv(session().actor, path, f);
    if (!s) {
        QMessageBox::warning(this, tr("Export"), s.error());
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1.").arg(path));
    showSavedFile(this, path);
    return true;
}

void ArchivePage::refresh()
{
    if (m_persons->rowCount() == 0 && m_search->text().isEmpty())
        search(QString());
    m_panel->reload();
    const int i = m_tabs->currentIndex();
    if (i == 1)
        refreshQueue();
    else if (i == 2)
        refreshLoans();
    else if (i == 3)
        refreshCompleteness();
}

// Home cards: "verifyQueue" and "returned" (one list), "overdueLoans".
bool ArchivePage::openView(const QString& view)
{
    if (view == QLatin1String("verifyQueue") || view == QLatin1String("returned")) {
        m_tabs->setCurrentIndex(1);
        return true;
    }
    if (view == QLatin1String("overdueLoans")) {
        m_tabs->setCurrentIndex(2);
        m_loanFilter->setCurrentIndex(1);
        return true;
    }
    return Page::openView(view);
}

bool ArchivePage::exportCompletenessSheet(bool persons)
{
    core::ListExportRequest request;
    request.list =
        persons ? core::ExportList::CompletenessPersons : core::ExportList::CompletenessSummary;
    request.completeness = {m_township->currentData().toString(),
                            m_category->currentData().toString()};
    request.subtitle =
        QStringList{m_township->currentText(), m_category->currentText()}.join(tr("; "));
    return ExportDialog::exportList(this, session(), request,
                                    persons ? tr("Archives lacking documents")
                                            : tr("Archive completeness"));
}

} // namespace youfu::ui

#include "widgets/archivepanel.h"

#include "archive/archivedocumentstore.h"
#include "archive/archiveloanstore.h"
#include "archive/archivepapers.h"
#include "archive/archivestore.h"
#include "archive/scanformat.h"
#include "common/isotime.h"
#include "dialogs/archivedatadialog.h"
#include "dialogs/documentdialog.h"
#include "dialogs/lenddialog.h"
#include "dialogs/scanviewer.h"
#include "models/recordtablemodel.h"
#include "registry/personstore.h"
#include "security/permission.h"
#include "settings/settingsstore.h"
#include "widgets/archivepaperdata.h"
#include "widgets/printpreview.h"
#include "widgets/tablecolumns.h"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
const QColor kRed(0xb0, 0x00, 0x20);
const QColor kAmber(0x9a, 0x67, 0x00);
const QColor kGrey(0x80, 0x80, 0x80);

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

QTableView* table(QAbstractItemModel* model, const char* name, QWidget* parent)
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

ArchivePanel::ArchivePanel(Session& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("archivePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("archiveHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: bold; color: #23324a;"));
    layout->addWidget(m_heading);
    m_data = new QLabel(this);
    m_data->setObjectName(QStringLiteral("archiveData"));
    m_data->setWordWrap(true);
    layout->addWidget(m_data);
    m_loan = new QLabel(this);
    m_loan->setObjectName(QStringLiteral("loanState"));
    layout->addWidget(m_loan);

    auto* top = new QHBoxLayout;
    m_open = button(tr("&Open archive…"), "openArchive", this);
    m_change = button(tr("Change archive &data…"), "changeData", this);
    m_lend = button(tr("&Lend file…"), "lendFile", this);
    m_back = button(tr("File retur&ned"), "giveBack", this);
    m_cover = button(tr("Print co&ver…"), "printCover", this);
    m_catalogue = button(tr("Print &catalogue…"), "printCatalogue", this);
    for (QPushButton* b : {m_open, m_change, m_lend, m_back, m_cover, m_catalogue})
        top->addWidget(b);
    top->addStretch(1);
    layout->addLayout(top);

    m_documents =
        new RecordTableModel({tr("Kind"), tr("Title"), tr("Pages"), tr("Date"), tr("Status"),
                              tr("Scans"), tr("Filed by"), tr("Verified by"), tr("Remarks")},
                             this);
    m_requirements = new RecordTableModel(
        {tr("Required document"), tr("Required by"), tr("In the archive")}, this);

    auto* docButtons = new QHBoxLayout;
    m_add = button(tr("File docu&ment…"), "addDocument", this);
    m_edit = button(tr("Chan&ge…"), "changeDocument", this);
    m_correct = button(tr("Co&rrect…"), "correctDocument", this);
    m_attach = button(tr("&Attach scan…"), "attachScan", this);
    m_view = button(tr("View &scan"), "viewScan", this);
    m_verify = button(tr("V&erify"), "verifyDocument", this);
    m_return = button(tr("Ret&urn…"), "returnDocument", this);
    for (QPushButton* b : {m_add, m_edit, m_correct, m_attach, m_view, m_verify, m_return})
        docButtons->addWidget(b);
    docButtons->addStretch(1);
    layout->addLayout(docButtons);

    auto* split = new QSplitter(Qt::Vertical, this);
    m_documentsView = table(m_documents, "documentsView", split);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* scansBox = new QGroupBox(tr("Scans of the selected entry"), lower);
    auto* scansLayout = new QVBoxLayout(scansBox);
    m_scans = new QListWidget(scansBox);
    m_scans->setObjectName(QStringLiteral("scansList"));
    scansLayout->addWidget(m_scans);
    auto* reqBox = new QGroupBox(tr("Required documents"), lower);
    auto* reqLayout = new QVBoxLayout(reqBox);
    m_requirementsView = table(m_requirements, "requirementsView", reqBox);
    reqLayout->addWidget(m_requirementsView);
    lowerLayout->addWidget(scansBox, 1);
    lowerLayout->addWidget(reqBox, 2);
    split->addWidget(m_documentsView);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    fitColumns(m_documentsView, 1, {8}); // the title takes the room; remarks as wide as set
    fitColumns(m_requirementsView, 1);

    connect(m_open, &QPushButton::clicked, this, &ArchivePanel::openArchive);
    connect(m_change, &QPushButton::clicked, this, &ArchivePanel::changeData);
    connect(m_lend, &QPushButton::clicked, this, &ArchivePanel::lend);
    connect(m_back, &QPushButton::clicked, this, &ArchivePanel::giveBack);
    connect(m_cover, &QPushButton::clicked, this, &ArchivePanel::printCover);
    connect(m_catalogue, &QPushButton::clicked, this, &ArchivePanel::printCatalogue);
    connect(m_add, &QPushButton::clicked, this, &ArchivePanel::addDocument);
    connect(m_edit, &QPushButton::clicked, this, &ArchivePanel::changeDocument);
    connect(m_correct, &QPushButton::clicked, this, &ArchivePanel::correctDocument);
    connect(m_attach, &QPushButton::clicked, this, [this] { attachScan(); });
    connect(m_view, &QPushButton::clicked, this, &ArchivePanel::viewScan);
    connect(m_scans, &QListWidget::itemDoubleClicked, this, &ArchivePanel::viewScan);
    connect(m_verify, &QPushButton::clicked, this, [this] { verifyDocument(); });
    connect(m_return, &QPushButton::clicked, this, &ArchivePanel::returnDocument);
    connect(m_documentsView, &QTableView::doubleClicked, this, &ArchivePanel::changeDocument);
    connect(m_documentsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ArchivePanel::updateButtons);
    setPerson(0);
}

void ArchivePanel::setPerson(qint64 personId)
{
    m_personId = personId;
    reload();
}

void ArchivePanel::reload()
{
    const qint64 keep = selectedDocumentId();
    core::Database& db = *m_session.db;
    m_archive.reset();
    QList<RecordTableModel::Row> docRows;
    QList<RecordTableModel::Row> reqRows;
    if (m_personId == 0) {
        m_heading->setText(tr("Choose a person to see their archive."));
        m_data->clear();
        m_loan->clear();
    } else {
        const core::Result<core::Person> person = core::PersonStore(db).byId(m_personId);
        const QString name = person ? person->name : QString();
        m_archive = core::ArchiveStore(db).byPerson(m_personId);
        if (!m_archive) {
            m_heading->setText(tr("%1 — no archive opened yet").arg(name));
            m_data->setText(tr("Open the archive to give it a number and file documents."));
            m_loan->clear();
        } else {
            m_heading->setText(tr("Archive %1 — %2").arg(m_archive->archiveNumber, name));
            const core::ArchiveData d = m_archive->current();
            QString text = tr("Cabinet %1, box %2, volume %3 · keeper %4 · %5")
                               .arg(d.cabinet.isEmpty() ? QStringLiteral("—") : d.cabinet,
                                    d.box.isEmpty() ? QStringLiteral("—") : d.box,
                                    d.volume.isEmpty() ? QStringLiteral("—") : d.volume,
                                    d.keeper.isEmpty() ? QStringLiteral("—") : d.keeper,
                                    core::archiveStateTitle(d.state));
            if (m_archive->pending) {
                const core::EntryTrail& t = m_archive->pending->trail;
                text += QStringLiteral("\n") +
                        (t.status == core::EntryStatus::Returned
                             ? tr("A change of these data was returned: %1").arg(t.returnReason)
                             : tr("A change of these data waits for verification (filed by %1).")
                                   .arg(t.filedByName));
                if (!m_archive->verified)
                    text += QStringLiteral(" ") + tr("Shown as filed; not verified yet.");
            }
            m_data->setText(text);
            const QList<core::ArchiveLoan> loans =
                core::ArchiveLoanStore(db).ofArchive(m_archive->id);
            if (!loans.isEmpty() && loans.first().isOut()) {
                const core::ArchiveLoan& l = loans.first();
                const bool overdue = l.expectedReturn < db.clock().today();
                m_loan->setText(tr("OUT: lent to %1 (%2) on %3 for %4, due back %5%6")
                                    .arg(l.borrower, l.unit, core::chineseDate(l.lentOn), l.purpose,
                                         core::chineseDate(l.expectedReturn),
                                         overdue ? tr(" — OVERDUE") : QString()));
                m_loan->setStyleSheet(overdue ? QStringLiteral("color: #b00020; font-weight: bold;")
                                              : QStringLiteral("color: #9a6700;"));
            } else {
                m_loan->setText(tr("The paper file is in the archive room."));
                m_loan->setStyleSheet(QString());
            }
            core::ArchiveDocumentStore docs(db);
            const auto documents = docs.ofArchive(m_archive->id);
            if (!documents)
                m_loan->setText(documents.error());
            for (const core::ArchiveDocument& doc :
                 documents ? documents.value() : QList<core::ArchiveDocument>()) {
                int broken = 0;
                for (const core::ScanRef& s : doc.scans)
                    broken += docs.scans().health(s.sha256, s.extension) == core::ScanHealth::Intact
                                  ? 0
                                  : 1;
                QString scans = QString::number(doc.scans.size());
                if (broken)
                    scans += QStringLiteral(" ") + tr("(%1 missing or altered!)").arg(broken);
                QStringList remarks;
                if (doc.supersedesId)
                    remarks << tr("corrects entry %1: %2")
                                   .arg(doc.supersedesId)
                                   .arg(doc.supersedeReason);
                if (doc.supersededById)
                    remarks << tr("replaced by entry %1").arg(doc.supersededById);
                if (doc.trail.status == core::EntryStatus::Returned)
                    remarks << tr("returned: %1").arg(doc.trail.returnReason);
                if (!doc.note.isEmpty())
                    remarks << doc.note;
                QColor color;
                if (broken || doc.trail.status == core::EntryStatus::Returned)
                    color = kRed;
                else if (doc.trail.status == core::EntryStatus::Pending)
                    color = kAmber;
                else if (doc.supersededById)
                    color = kGrey;
                docRows << RecordTableModel::Row{
                    doc.id,
                    {doc.kindName, doc.title, QString::number(doc.pages),
                     core::toIsoDate(doc.documentDate), core::entryStatusTitle(doc.trail.status),
                     scans, doc.trail.filedByName, doc.trail.verifiedByName,
                     remarks.join(QStringLiteral("; "))},
                    color,
                    doc.supersededById};
            }
            const auto required = docs.completenessOf(m_personId);
            if (!required)
                m_loan->setText(required.error());
            for (const core::RequiredItem& item :
                 required ? required.value() : QList<core::RequiredItem>())
                reqRows << RecordTableModel::Row{
                    0,
                    {item.kindName, item.requiredBy, core::presenceTitle(item.presence)},
                    item.presence == core::Presence::Missing   ? kRed
                    : item.presence == core::Presence::Pending ? kAmber
                                                               : QColor(0x1b, 0x5e, 0x20)};
        }
    }
    m_documents->setRows(docRows);
    m_requirements->setRows(reqRows);
    if (keep)
        selectDocument(keep);
    updateButtons();
}

qint64 ArchivePanel::selectedDocumentId() const
{
    const QModelIndexList rows = m_documentsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_documents->rowAt(rows.first().row()).id;
}

bool ArchivePanel::selectDocument(qint64 documentId)
{
    const int row = m_documents->rowOf(documentId);
    if (row < 0)
        return false;
    m_documentsView->selectRow(row);
    updateButtons();
    return true;
}

void ArchivePanel::updateButtons()
{
    core::Database& db = *m_session.db;
    const core::Roles roles = m_session.actor.roles;
    const bool writable = !db.isReadOnly();
    const bool canFile = writable && core::isAllowed(roles, core::Permission::FileArchive);
    const bool canVerify = writable && core::isAllowed(roles, core::Permission::VerifyArchive);
    const bool canLend = writable && core::isAllowed(roles, core::Permission::LendArchive);
    const bool has = m_archive.has_value();
    m_open->setVisible(m_personId != 0 && !has);
    m_open->setEnabled(canFile);
    m_change->setEnabled(has && canFile);
    m_add->setEnabled(has && canFile);
    m_lend->setEnabled(has && canLend && !m_archive->isOut);
    m_back->setEnabled(has && canLend && m_archive->isOut);
    m_cover->setEnabled(has);
    m_catalogue->setEnabled(has);

    m_scans->clear();
    const qint64 id = selectedDocumentId();
    core::Result<core::ArchiveDocument> doc =
        core::Result<core::ArchiveDocument>::failure(QString());
    if (id)
        doc = core::ArchiveDocumentStore(db).byId(id);
    const bool open = doc && !doc->isLocked();
    m_edit->setEnabled(canFile && open);
    m_attach->setEnabled(canFile && open);
    m_correct->setEnabled(canFile && doc && doc->counts());
    const bool pending = doc && doc->trail.status == core::EntryStatus::Pending;
    const bool mine = doc && (doc->trail.filedBy == m_session.actor.userId ||
                              doc->trail.changedBy == m_session.actor.userId);
    m_verify->setEnabled(canVerify && pending && !mine);
    m_return->setEnabled(canVerify && pending && !mine);
    m_verify->setToolTip(
        mine ? tr("You filed or changed this entry; a second person must verify it.") : QString());
    if (doc) {
        core::ArchiveDocumentStore docs(db);
        for (const core::ScanRef& s : doc->scans) {
            const core::ScanHealth h = docs.scans().health(s.sha256, s.extension);
            auto* item = new QListWidgetItem(
                h == core::ScanHealth::Intact
                    ? tr("✓ %1 (%2 KB)").arg(s.originalName).arg((s.sizeBytes + 1023) / 1024)
                    : tr("✗ %1 — %2")
                          .arg(s.originalName,
                               h == core::ScanHealth::Missing ? tr("MISSING") : tr("ALTERED")),
                m_scans);
            item->setData(Qt::UserRole, s.id);
            if (h != core::ScanHealth::Intact)
                item->setForeground(kRed);
        }
        if (m_scans->count() > 0)
            m_scans->setCurrentRow(0);
    }
    m_view->setEnabled(m_scans->count() > 0);
}

bool ArchivePanel::report(const QString& title, const core::Status& status)
{
    if (!status) {
        QMessageBox::warning(this, title, status.error());
        return false;
    }
    return true;
}

void ArchivePanel::openArchive()
{
    if (!m_personId || m_archive)
        return;
    ArchiveDataDialog dlg(
        tr("Open archive"), {},
        [this](const core::ArchiveData& data) {
            return core::ArchiveStore(*m_session.db)
                .open(m_session.actor, m_personId, data)
                .status();
        },
        this);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT statusMessage(
            tr("Archive %1 opened.").arg(m_archive ? m_archive->archiveNumber : QString()));
        Q_EMIT changed();
    }
}

void ArchivePanel::changeData()
{
    if (!m_archive)
        return;
    const core::ArchiveData initial =
        m_archive->pending ? m_archive->pending->data : m_archive->current();
    const qint64 archiveId = m_archive->id;
    ArchiveDataDialog dlg(
        tr("Change archive data"), initial,
        [this, archiveId](const core::ArchiveData& data) {
            return core::ArchiveStore(*m_session.db)
                .reviseData(m_session.actor, archiveId, data)
                .status();
        },
        this);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT changed();
    }
}

void ArchivePanel::addDocument()
{
    if (!m_archive)
        return;
    const qint64 archiveId = m_archive->id;
    qint64 newId = 0;
    DocumentDialog dlg(
        DocumentDialog::Mode::File, core::ArchiveStore(*m_session.db).kinds(), {},
        [&](const core::DocumentDraft& d, const QString&) {
            core::Result<qint64> r =
                core::ArchiveDocumentStore(*m_session.db).file(m_session.actor, archiveId, d);
            if (r)
                newId = *r;
            return r.status();
        },
        this);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        selectDocument(newId);
        Q_EMIT changed();
    }
}

void ArchivePanel::changeDocument()
{
    const qint64 id = selectedDocumentId();
    core::Result<core::ArchiveDocument> doc = core::ArchiveDocumentStore(*m_session.db).byId(id);
    if (!doc || doc->isLocked())
        return;
    DocumentDialog dlg(
        DocumentDialog::Mode::Change, core::ArchiveStore(*m_session.db).kinds(true), doc->toDraft(),
        [&](const core::DocumentDraft& d, const QString&) {
            return core::ArchiveDocumentStore(*m_session.db).update(m_session.actor, id, d);
        },
        this);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT changed();
    }
}

void ArchivePanel::correctDocument()
{
    const qint64 id = selectedDocumentId();
    core::Result<core::ArchiveDocument> doc = core::ArchiveDocumentStore(*m_session.db).byId(id);
    if (!doc || !doc->counts())
        return;
    qint64 newId = 0;
    DocumentDialog dlg(
        DocumentDialog::Mode::Correct, core::ArchiveStore(*m_session.db).kinds(), doc->toDraft(),
        [&](const core::DocumentDraft& d, const QString& reason) {
            core::Result<qint64> r =
                core::ArchiveDocumentStore(*m_session.db).correct(m_session.actor, id, d, reason);
            if (r)
                newId = *r;
            return r.status();
        },
        this);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        selectDocument(newId);
        Q_EMIT changed();
    }
}

QString ArchivePanel::chooseOpen()
{
    if (m_openChooser)
        return m_openChooser(this);
    return QFileDialog::getOpenFileName(
        this, tr("Attach scan"), QString(),
        tr("Scans (%1)").arg(core::ScanFormat::mimeFilterPatterns()));
}

bool ArchivePanel::attachScan()
{
    const qint64 id = selectedDocumentId();
    if (!id)
        return false;
    const QString path = chooseOpen();
    if (path.isEmpty())
        return false;
    core::Result<core::ScanRef> r =
        core::ArchiveDocumentStore(*m_session.db).attachScan(m_session.actor, id, path);
    if (!report(tr("Attach scan"), r.status()))
        return false;
    reload();
    Q_EMIT statusMessage(tr("Scan attached; the entry waits for verification."));
    Q_EMIT changed();
    return true;
}

void ArchivePanel::viewScan()
{
    const qint64 id = selectedDocumentId();
    core::ArchiveDocumentStore docs(*m_session.db);
    core::Result<core::ArchiveDocument> doc = docs.byId(id);
    if (!doc || doc->scans.isEmpty())
        return;
    const int row = qMax(0, m_scans->currentRow());
    const core::ScanRef scan = doc->scans.value(row, doc->scans.first());
    auto* viewer = new ScanViewer(docs.scans(), scan, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    if (m_saveChooser)
        viewer->setSaveChooser(m_saveChooser);
    viewer->open();
}

bool ArchivePanel::verifyDocument()
{
    const qint64 id = selectedDocumentId();
    if (!id)
        return false;
    if (!report(tr("Verify"),
                core::ArchiveDocumentStore(*m_session.db).verify(m_session.actor, id)))
        return false;
    reload();
    Q_EMIT statusMessage(tr("Entry verified."));
    Q_EMIT changed();
    return true;
}

void ArchivePanel::returnDocument()
{
    const qint64 id = selectedDocumentId();
    if (!id)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Return entry"),
                                                 tr("Why is the entry returned to the filer?"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (report(
            tr("Return entry"),
            core::ArchiveDocumentStore(*m_session.db).returnEntry(m_session.actor, id, reason))) {
        reload();
        Q_EMIT changed();
    }
}

void ArchivePanel::lend()
{
    if (!m_archive)
        return;
    const qint64 archiveId = m_archive->id;
    LendDialog dlg(
        m_archive->archiveNumber, m_session.db->clock().today(),
        [this, archiveId](const core::LoanDraft& d) {
            return core::ArchiveLoanStore(*m_session.db)
                .lend(m_session.actor, archiveId, d)
                .status();
        },
        this);
    if (dlg.exec() == QDialog::Accepted) {
        reload();
        Q_EMIT changed();
    }
}

void ArchivePanel::giveBack()
{
    if (!m_archive)
        return;
    const QList<core::ArchiveLoan> loans =
        core::ArchiveLoanStore(*m_session.db).ofArchive(m_archive->id);
    if (loans.isEmpty() || !loans.first().isOut())
        return;
    if (report(tr("File returned"),
               core::ArchiveLoanStore(*m_session.db).giveBack(m_session.actor, loans.first().id))) {
        reload();
        Q_EMIT changed();
    }
}

void ArchivePanel::printCover()
{
    if (!m_archive)
        return;
    const auto read = archivePaperData(m_session, *m_archive);
    if (!read) {
        QMessageBox::warning(this, tr("Archive cover"), read.error());
        return;
    }
    const core::ArchivePaperData& data = read.value();
    PrintPreview preview(
        core::ArchivePapers::coverPainter(data), QStringLiteral("档案封面"),
        QStringLiteral("档案封面-%1-%2.pdf").arg(data.archiveNumber, data.personName), this);
    if (m_saveChooser)
        preview.setFileNameProvider(m_saveChooser);
    preview.exec();
}

void ArchivePanel::printCatalogue()
{
    if (!m_archive)
        return;
    const auto read = archivePaperData(m_session, *m_archive, false);
    if (!read) {
        QMessageBox::warning(this, tr("Archive catalogue"), read.error());
        return;
    }
    const core::ArchivePaperData& data = read.value();
    PrintPreview preview(
        core::ArchivePapers::catalogue(data),
        QStringLiteral("卷内目录-%1-%2.pdf").arg(data.archiveNumber, data.personName), this);
    if (m_saveChooser)
        preview.setFileNameProvider(m_saveChooser);
    preview.exec();
}

} // namespace youfu::ui

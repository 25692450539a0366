// The key-persons and plans tabs of VisitPage.
#include "pages/visitpage.h"

#include "common/isotime.h"
#include "dialogs/keypersondialog.h"
#include "dialogs/plandialog.h"
#include "models/personpickmodel.h"
#include "models/recordtablemodel.h"
#include "registry/personstore.h"
#include "registry/registryquery.h"
#include "security/userstore.h"
#include "visit/visitrules.h"
#include "visit/visitstore.h"
#include "widgets/listtable.h"
#include "widgets/searchtolist.h"
#include "widgets/tablecolumns.h"

#include <QCheckBox>
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
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QString userName(Session& session, qint64 id, const QString& name)
{
    if (id <= 0)
        return name;
    const auto u = core::UserStore(*session.db).byId(id);
    return u ? u->displayName : name;
}
} // namespace

QWidget* VisitPage::buildKeyPersonsTab()
{
    auto* tab = new QWidget(this);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_keySearch = new QLineEdit(left);
    m_keySearch->setObjectName(QStringLiteral("keySearch"));
    m_keySearch->setPlaceholderText(tr("Key persons: name, citizen ID or village…"));
    m_keySearch->setClearButtonEnabled(true);
    leftLayout->addWidget(m_keySearch);
    m_keyPersons = new PersonPickModel(*session().db, this);
    m_keyView = makeListTable(m_keyPersons, "keyPersonView", left);
    fitColumns(m_keyView, -1);
    leftLayout->addWidget(m_keyView, 1);
    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_keyNow = new QLabel(right);
    m_keyNow->setObjectName(QStringLiteral("keyNow"));
    m_keyNow->setWordWrap(true);
    rightLayout->addWidget(m_keyNow);
    // The reason's own words are prose: last, in the column that takes the rest of the width.
    m_keyHistory =
        new RecordTableModel({tr("Since"), tr("Until"), tr("Reason"), tr("Risk"), tr("Leader"),
                              tr("Worker"), tr("Review"), tr("Ended"), tr("Details")},
                             this);
    auto* history = makeListTable(m_keyHistory, "keyHistoryView", right);
    fitColumns(history, 8);
    rightLayout->addWidget(history, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New key person…"), right);
    add->setObjectName(QStringLiteral("newKeyPerson"));
    m_keyChange = new QPushButton(tr("Chan&ge record…"), right);
    m_keyChange->setObjectName(QStringLiteral("changeKeyPerson"));
    m_keyEnd = new QPushButton(tr("&End record…"), right);
    m_keyEnd->setObjectName(QStringLiteral("endKeyPerson"));
    for (QPushButton* b : {add, m_keyChange, m_keyEnd}) {
        b->setVisible(canRecord());
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    rightLayout->addLayout(buttons);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({430, 810});
    auto* l = new QVBoxLayout(tab);
    l->addWidget(split);

    auto search = [this] {
        core::RegistryQuery q;
        q.text = m_keySearch->text().trimmed();
        q.keyPersonsOnly = true;
        m_keyPersons->setQuery(q);
        if (m_keyPersons->rowCount() > 0)
            m_keyView->selectRow(0);
        refreshKeyPerson();
    };
    connect(m_keySearch, &QLineEdit::returnPressed, this, search);
    searchToList(m_keySearch, m_keyView);
    connect(m_keyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VisitPage::refreshKeyPerson);
    connect(add, &QPushButton::clicked, this, [this] { editKeyPerson(false); });
    connect(m_keyChange, &QPushButton::clicked, this, [this] { editKeyPerson(true); });
    connect(m_keyEnd, &QPushButton::clicked, this, &VisitPage::endKeyPerson);
    search();
    return tab;
}

qint64 VisitPage::chosenKeyPerson() const
{
    const QModelIndex i = m_keyView->currentIndex();
    return i.isValid() ? m_keyPersons->personIdAt(i.row()) : 0;
}

void VisitPage::refreshKeyPerson()
{
    const qint64 pid = chosenKeyPerson();
    QList<RecordTableModel::Row> rows;
    core::VisitStore store(*session().db);
    bool current = false;
    if (pid <= 0) {
        m_keyNow->setText(tr("Choose a key person on the left."));
    } else if (auto history = store.keyPersonHistory(pid); !history) {
        m_keyNow->setText(history.error());
    } else {
        for (const core::KeyPersonRecord& r : history.value()) {
            rows << RecordTableModel::Row{
                r.id,
                {core::toIsoDate(r.since), core::toIsoDate(r.until),
                 core::VisitRules::reasonTitle(r.reason), core::VisitRules::riskTitle(r.risk),
                 userName(session(), r.leaderUserId, r.leaderName),
                 userName(session(), r.workerUserId, r.workerName), core::toIsoDate(r.reviewOn),
                 r.endReason, r.reasonText},
                r.risk == core::RiskLevel::High && !r.until.isValid() ? QColor(0xb0, 0x00, 0x20)
                                                                      : QColor(),
                pid};
            current = current || !r.until.isValid();
        }
        m_keyNow->setText(current ? tr("A key person now; the records below, newest first.")
                                  : tr("Not a key person now."));
    }
    m_keyHistory->setRows(rows);
    m_keyChange->setEnabled(pid > 0);
    m_keyEnd->setEnabled(pid > 0 && current);
}

void VisitPage::editKeyPerson(bool change)
{
    core::KeyPersonRecord r;
    if (change) {
        const qint64 pid = chosenKeyPerson();
        auto now = core::VisitStore(*session().db).currentKeyPerson(pid);
        if (!now) {
            QMessageBox::warning(this, tr("Key person"), now.error());
            return;
        }
        r = now.value();
        r.personId = pid;
    }
    KeyPersonDialog dlg(session(), r, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("Key-person record saved."));
    // Show the person whose record was saved.
    core::RegistryQuery q;
    q.keyPersonsOnly = true;
    m_keySearch->clear();
    m_keyPersons->setQuery(q);
    for (int row = 0; row < m_keyPersons->rowCount(); ++row)
        if (m_keyPersons->personIdAt(row) == dlg.record().personId)
            m_keyView->selectRow(row);
    afterWrite();
}

void VisitPage::endKeyPerson()
{
    const qint64 pid = chosenKeyPerson();
    if (pid <= 0)
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("End key-person record"),
                                                 tr("Why is the person no longer a key person?"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const core::Status s =
        core::VisitStore(*session().db)
            .endKeyPerson(session().actor, pid, session().db->clock().today(), reason.trimmed());
    if (!s)
        QMessageBox::warning(this, tr("End key-person record"), s.error());
    afterWrite();
}

QWidget* VisitPage::buildPlansTab()
{
    auto* tab = new QWidget(this);
    auto* l = new QVBoxLayout(tab);
    auto* top = new QHBoxLayout;
    m_stoppedToo = new QCheckBox(tr("Show &stopped plans too"), tab);
    m_stoppedToo->setObjectName(QStringLiteral("plansStoppedToo"));
    top->addWidget(m_stoppedToo);
    top->addStretch(1);
    auto* add = new QPushButton(tr("&New plan…"), tab);
    add->setObjectName(QStringLiteral("newPlan"));
    m_planChange = new QPushButton(tr("Ch&ange plan…"), tab);
    m_planChange->setObjectName(QStringLiteral("changePlan"));
    m_planStop = new QPushButton(tr("St&op plan…"), tab);
    m_planStop->setObjectName(QStringLiteral("stopPlan"));
    for (QPushButton* b : {add, m_planChange, m_planStop}) {
        b->setVisible(canRecord());
        top->addWidget(b);
    }
    l->addLayout(top);
    m_plans = new RecordTableModel({tr("Plan"), tr("Covers"), tr("Rhythm"), tr("Visitors"),
                                    tr("Start"), tr("End"), tr("State")},
                                   this);
    m_planView = makeListTable(m_plans, "planView", tab);
    fitColumns(m_planView, 1);
    l->addWidget(m_planView, 1);
    connect(m_stoppedToo, &QCheckBox::toggled, this, &VisitPage::refreshPlans);
    connect(add, &QPushButton::clicked, this, [this] { editPlan(false); });
    connect(m_planChange, &QPushButton::clicked, this, [this] { editPlan(true); });
    connect(m_planView, &QTableView::doubleClicked, this, [this] {
        if (canRecord())
            editPlan(true);
    });
    connect(m_planStop, &QPushButton::clicked, this, &VisitPage::stopPlan);
    auto sync = [this] {
        const bool chosen = m_planView->currentIndex().isValid();
        m_planChange->setEnabled(chosen);
        m_planStop->setEnabled(chosen);
    };
    connect(m_planView->selectionModel(), &QItemSelectionModel::selectionChanged, this, sync);
    connect(m_plans, &QAbstractItemModel::modelReset, this, sync);
    sync();
    return tab;
}

void VisitPage::refreshPlans()
{
    auto plans = core::VisitStore(*session().db).plans(!m_stoppedToo->isChecked());
    QList<RecordTableModel::Row> rows;
    if (!plans) {
        rows << RecordTableModel::Row{0, {plans.error()}, QColor(0xb0, 0x00, 0x20)};
        m_plans->setRows(rows);
        return;
    }
    for (const core::VisitPlan& p : plans.value()) {
        QString covers;
        if (p.personId > 0) {
            const auto person = core::PersonStore(*session().db).byId(p.personId);
            covers = person ? person->name : person.error();
        } else {
            covers = tr("group: %1").arg(p.categoryCodes.join(QStringLiteral("、")));
        }
        QStringList visitors = p.visitorNames;
        for (qint64 id : p.visitorUserIds)
            visitors << userName(session(), id, QString());
        rows << RecordTableModel::Row{
            p.id,
            {p.title, covers, core::VisitRules::rhythmTitle(p), visitors.join(QStringLiteral("、")),
             core::toIsoDate(p.start), core::toIsoDate(p.end),
             p.active ? tr("Active") : tr("Stopped: %1").arg(p.stoppedReason)},
            p.active ? QColor() : QColor(0x80, 0x80, 0x80)};
    }
    m_plans->setRows(rows);
}

void VisitPage::editPlan(bool change)
{
    core::VisitPlan plan;
    if (change) {
        const int row = m_planView->currentIndex().row();
        if (row < 0)
            return;
        auto read = core::VisitStore(*session().db).plan(m_plans->rowAt(row).id);
        if (!read) {
            QMessageBox::warning(this, tr("Visit plan"), read.error());
            return;
        }
        plan = read.value();
    }
    PlanDialog dlg(session(), plan, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    Q_EMIT statusMessage(tr("Visit plan saved."));
    afterWrite();
}

void VisitPage::stopPlan()
{
    const int row = m_planView->currentIndex().row();
    if (row < 0)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Stop visit plan"), tr("Why is the plan stopped?"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const core::Status s = core::VisitStore(*session().db)
                               .stopPlan(session().actor, m_plans->rowAt(row).id,
                                         session().db->clock().today(), reason.trimmed());
    if (!s)
        QMessageBox::warning(this, tr("Stop visit plan"), s.error());
    afterWrite();
}

} // namespace youfu::ui

#include "care/medicalpanel.h"

#include "care/careexport.h"
#include "care/carerules.h"
#include "care/medicaldialog.h"
#include "care/medicallistmodel.h"
#include "care/medicalstore.h"
#include "registry/areastore.h"
#include "security/permission.h"
#include "widgets/filechooser.h"
#include "widgets/savedfile.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace youfu::ui {

MedicalPanel::MedicalPanel(Session& session, QWidget* parent)
    : RegisterPanel(parent), m_session(session),
      m_canManage(core::isAllowed(session.actor.roles, core::Permission::ManageCare))
{
    setObjectName(QStringLiteral("medical"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_year = new QComboBox(this);
    m_year->setObjectName(QStringLiteral("medicalYear"));
    const int thisYear = session.db->clock().today().year();
    for (int y = thisYear; y >= thisYear - 5; --y)
        m_year->addItem(QString::number(y), y);
    m_year->addItem(tr("All years"), 0);
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    m_township = new QComboBox(this);
    m_township->setObjectName(QStringLiteral("medicalTownship"));
    m_township->addItem(tr("All townships"), QString());
    for (const core::Township& t : core::AreaStore(*session.db).townships())
        m_township->addItem(t.name, t.code);
    auto* townLabel = new QLabel(tr("To&wnship:"), this);
    townLabel->setBuddy(m_township);
    filters->addWidget(townLabel);
    filters->addWidget(m_township);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("medicalFind"));
    m_text->setPlaceholderText(tr("Name or citizen ID"));
    m_text->setClearButtonEnabled(true);
    auto* findLabel = new QLabel(tr("Fin&d:"), this);
    findLabel->setBuddy(m_text);
    filters->addWidget(findLabel);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    auto* actions = new QHBoxLayout;
    m_new = new QPushButton(tr("&New settlement…"), this);
    m_new->setObjectName(QStringLiteral("medicalNew"));
    m_void = new QPushButton(tr("V&oid…"), this);
    m_void->setObjectName(QStringLiteral("medicalVoid"));
    m_export = new QPushButton(tr("E&xport…"), this);
    m_export->setObjectName(QStringLiteral("medicalExport"));
    m_new->setVisible(m_canManage);
    m_void->setVisible(m_canManage);
    actions->addWidget(m_new);
    actions->addWidget(m_void);
    actions->addWidget(m_export);
    actions->addStretch(1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("medicalCount"));
    actions->addWidget(m_count);
    layout->addLayout(actions);

    m_model = new MedicalListModel(*session.db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("medicalView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    fitColumns(m_view, MedicalListModel::Remark);
    layout->addWidget(m_view, 1);
    m_personYear = new QLabel(this);
    m_personYear->setObjectName(QStringLiteral("medicalPersonYear"));
    m_personYear->setWordWrap(true);
    layout->addWidget(m_personYear);

    connect(m_year, &QComboBox::currentIndexChanged, this, &MedicalPanel::applyFilter);
    connect(m_township, &QComboBox::currentIndexChanged, this, &MedicalPanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &MedicalPanel::applyFilter);
    connect(m_new, &QPushButton::clicked, this, &MedicalPanel::newSettlement);
    connect(m_void, &QPushButton::clicked, this, &MedicalPanel::voidChosen);
    connect(m_export, &QPushButton::clicked, this, &MedicalPanel::exportList);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MedicalPanel::showChosen);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MedicalPanel::showChosen);
}

void MedicalPanel::reload()
{
    applyFilter();
}

void MedicalPanel::applyFilter()
{
    core::MedicalFilter f;
    f.year = m_year->currentData().toInt();
    f.townshipCode = m_township->currentData().toString();
    f.text = m_text->text();
    m_model->setFilter(f);
    if (!m_model->lastError().isEmpty())
        m_count->setText(m_model->lastError());
    else
        m_count->setText(tr("%n settlement(s)", nullptr, m_model->totalCount()));
}

void MedicalPanel::showChosen()
{
    const QModelIndex current = m_view->currentIndex();
    m_void->setEnabled(current.isValid() && !m_model->rowAt(current.row()).voided);
    if (!current.isValid()) {
        m_personYear->setText(tr("Choose a settlement to see the person's subsidy of its year."));
        return;
    }
    const core::MedicalSettlement& m = m_model->rowAt(current.row());
    const int year = m.settledOn.year();
    auto cap = core::MedicalStore(*m_session.db).capFor(m.personId, year);
    if (!cap) {
        m_personYear->setText(cap.error());
        return;
    }
    using core::carerules::yuan;
    m_personYear->setText(tr("%1 in %2: subsidy %3 of the %4 yuan cap, %5 yuan left.")
                              .arg(m.name)
                              .arg(year)
                              .arg(yuan(cap->usedFen), yuan(cap->capFen), yuan(cap->leftFen)));
}

void MedicalPanel::newSettlement()
{
    if (!m_canManage)
        return;
    MedicalDialog dialog(m_session, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyFilter();
    const int row = m_model->rowOf(dialog.savedId());
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    Q_EMIT statusMessage(tr("Medical settlement saved."));
}

void MedicalPanel::voidChosen()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_canManage || !current.isValid())
        return;
    const core::MedicalSettlement m = m_model->rowAt(current.row());
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Void settlement"),
        tr("Why is the settlement of %1 at %2 on %3 voided? It stays in the register, "
           "marked void, and no longer counts against the cap.")
            .arg(m.name, m.hospital, m.settledOn.toString(Qt::ISODate)),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const core::Status s =
        core::MedicalStore(*m_session.db).voidSettlement(m_session.actor, m.id, reason);
    if (!s) {
        QMessageBox::warning(this, tr("Void settlement"), s.error());
        return;
    }
    applyFilter();
    Q_EMIT statusMessage(tr("Settlement voided."));
}

void MedicalPanel::exportList()
{
    const QString suggested = QDir::home().filePath(
        tr("Medical settlements %1.xlsx").arg(m_session.db->clock().today().toString(Qt::ISODate)));
    const QString path = chooseSaveFile(this, tr("Export medical settlements"), suggested,
                                        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const QString subtitle =
        QStringList{m_year->currentText(), m_township->currentText(), m_text->text().trimmed()}
            .join(QLatin1Char(' '))
            .trimmed();
    core::ExportOptions options;
    options.format = core::exportFormatForPath(path);
    auto rows = core::exportMedical(*m_session.db, m_session.actor, m_model->filter(), subtitle,
                                    path, options);
    if (!rows) {
        QMessageBox::warning(this, tr("Export medical settlements"), rows.error());
        return;
    }
    Q_EMIT statusMessage(tr("%n settlement(s) exported.", nullptr, int(rows.value())));
    showSavedFile(this, path);
}

} // namespace youfu::ui

#pragma once

#include "app/session.h"
#include "care/care.h"
#include "widgets/registerpanel.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// 短期疗养: the batches (newest first, by year and text) and the chosen batch's persons; a new
// batch, adding persons from the candidates, taking one off, attendance and cost, cancelling,
// export. Views: "batch:<id>" opens at that batch.
class RecuperationPanel : public RegisterPanel
{
    Q_OBJECT
public:
    RecuperationPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;
    bool openView(const QString& view) override;

    RecordTableModel* batchModel() const { return m_batchModel; }
    RecordTableModel* personModel() const { return m_personModel; }
    QTableView* batchView() const { return m_batchView; }
    qint64 currentBatchId() const;
    bool selectBatch(qint64 batchId);

    void newBatch();
    void addPersons();
    void removePerson();
    void recordAttendance();
    void cancelBatch();
    void exportBatch();

private:
    void showBatch();

    Session& m_session;
    bool m_canManage = false;
    QList<core::RecuperationBatch> m_batches;
    QComboBox* m_year = nullptr;
    QLineEdit* m_text = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_attendance = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_summary = nullptr;
    RecordTableModel* m_batchModel = nullptr;
    RecordTableModel* m_personModel = nullptr;
    QTableView* m_batchView = nullptr;
    QTableView* m_personView = nullptr;
};

} // namespace youfu::ui

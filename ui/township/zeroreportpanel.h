#pragma once

#include "app/session.h"
#include "report/officialdocument.h"
#include "widgets/registerpanel.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace youfu::ui {

class ZeroGridModel;

// 零报告: the month grid of the townships' daily reports (townships × days, a symbol and a
// colour per day, the month's rates), with 登记零报告…, 导入…, 打印… and 导出…. A double-click
// on a day opens its report (to correct it) or records the missing one. View "missing": this
// month, the missing reports of the last 7 days and the townships not yet in for yesterday.
class ZeroReportPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit ZeroReportPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;
    bool openView(const QString& view) override;

    ZeroGridModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void setMonth(int year, int month);
    // Opens the day's report (or a new one) as a double-click does.
    void openCell(const QModelIndex& index);
    // What 导入… and 导出… do once the file is chosen (tests call them directly).
    bool importFrom(const QString& path);
    bool exportTo(const QString& path);
    core::OfficialDocument paper() const;

private:
    bool canManage() const;
    void recordNew();
    void chooseImport();
    void chooseExport();
    void print();
    void showMissing();

    Session& m_session;
    QDateEdit* m_month = nullptr;
    QComboBox* m_township = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_import = nullptr;
    ZeroGridModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_missing = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui

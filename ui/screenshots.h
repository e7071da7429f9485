#pragma once

#include <QString>

namespace hubdesk {

class MainWindow;

// Pictures of every page of a window, for the manual and docs/screenshots:
// made by the program itself (QWidget::grab), so they need no window manager
// and come out the same every time for the same database.
class Screenshots
{
public:
    // Writes DIR/NN-page-name.png for each page, then DIR/name.png of what the manual
    // shows besides (the import wizard's steps, a search, a voucher step, find duplicates,
    // settings, restore …); returns the number written, -1 on failure.
    static int save(MainWindow &window, const QString &directory, QString *error);

private:
    static int saveDialogs(MainWindow &window, const QString &directory, QString *error);
};

} // namespace hubdesk

"""Walk one application's accessible tree as a screen reader sees it (AT-SPI, pyatspi).

Run by the SYSTEM python3 (Debian's python3-pyatspi), not the app's venv:

    /usr/bin/python3 tests/a11y_walk.py PID LABEL

Prints one JSON line: how many showing nodes were walked and every interactive one
(button, edit, combo, check box, list, table, tab, slider, spin box, menu item) that has
no accessible name, with the path of roles and names leading to it.
"""

import json
import sys
import time

import pyatspi

ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU,
    pyatspi.ROLE_CHECK_MENU_ITEM, pyatspi.ROLE_RADIO_MENU_ITEM,
}  # fmt: skip
# Their rows and cells are data, not widgets: not walked (and thousands of D-Bus calls).
CONTAINERS_OF_DATA = {
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
}  # fmt: skip
FIND_APP_TIMEOUT_S = 20.0
MAX_NODES = 20000


def find_app(pid):
    until = time.monotonic() + FIND_APP_TIMEOUT_S
    while time.monotonic() < until:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue  # an application going away while we look
        time.sleep(0.2)
    return None


def describe(node):
    return f"{node.getRoleName()} {node.name!r}"


def walk(app):
    unnamed = []
    walked = 0
    stack = [(app, [])]
    while stack and walked < MAX_NODES:
        node, path = stack.pop()
        try:
            states = node.getState()
            role = node.getRole()
        except Exception:
            continue  # a node destroyed while walking
        if node is not app and not states.contains(pyatspi.STATE_SHOWING):
            continue  # hidden pages and closed menus are walked when they are shown
        walked += 1
        editable_text = role == pyatspi.ROLE_TEXT and states.contains(pyatspi.STATE_EDITABLE)
        if (role in ROLES or editable_text) and not (node.name or "").strip():
            unnamed.append(
                {"role": node.getRoleName(), "path": " > ".join([*path, describe(node)])}
            )
        if role in CONTAINERS_OF_DATA:
            continue
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                stack.append((child, [*path, describe(node)]))
    return walked, unnamed


def main():
    pid, label = int(sys.argv[1]), sys.argv[2]
    app = find_app(pid)
    if app is None:
        print(json.dumps({"label": label, "error": f"no accessible application with pid {pid}"}))
        return 1
    walked, unnamed = walk(app)
    print(json.dumps({"label": label, "walked": walked, "unnamed": unnamed}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The frozen application's entry script (PyInstaller runs this; it is ``factdesk`` itself)."""

from factdesk.launch import main

if __name__ == "__main__":
    main()

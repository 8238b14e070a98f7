from factdesk.launch import main

main()

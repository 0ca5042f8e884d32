print("safehold-resources: being written")

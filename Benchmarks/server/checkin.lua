-- POST /api/v1/checkins: one scored, stored check-in per request.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("HAVEN_TOKEN")
wrk.body = '{"questionnaire": "haven-wellbeing", "answers": [4, 3, 4, 5, 2, 4, 3, 4, 4], "visibility": "private"}'
